/**
 * Which pages the audit opens (one of each type a customer meets), what each must score, and
 * why a page may be excused from one category.
 */
import { readPage } from '../test/support/html.ts';
import { pageTypesIn } from '../test/support/page-types.ts';

/** Lighthouse's four categories, in the order its report shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Every category must score 100 (Lighthouse reports 0–1; we print 0–100). */
export const TARGET_SCORE = 100;
/** Cumulative layout shift must stay below this: the page does not move under the reader. */
export const CLS_LIMIT = 0.01;

/**
 * The page types audited, by their names in test/support/page-types.ts (which finds a real URL
 * of each in the built folder), in the order a customer tends to meet them.
 */
const AUDITED: readonly string[] = ['home', 'category', 'section', 'article', 'search', 'FAQ page', 'topic', 'question', 'request'];

export interface AuditedPage {
  type: string;
  /** Path and query on the site, e.g. `/search/?q=invoice`. */
  url: string;
  /** The page asks search engines not to index it (`<meta name="robots" content="noindex">`), so SEO is not held to the target. */
  noindex: boolean;
}

/** The audited pages of a built site, and the audited types it lacks (a site may have no FAQ or community). */
export function auditedPages(dist: string): { pages: AuditedPage[]; missing: string[] } {
  const types = pageTypesIn(dist);
  return {
    pages: AUDITED.filter((type) => type in types).map((type) => ({ type, url: types[type]!, noindex: isNoindex(dist, types[type]!) })),
    missing: AUDITED.filter((type) => !(type in types)),
  };
}

/** Reads the built page's `<meta name="robots">`: the same decision a crawler would make. */
function isNoindex(dist: string, url: string): boolean {
  const content = readPage(dist, new URL(url, 'http://site').pathname).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
  return content.split(',').some((directive) => ['noindex', 'none'].includes(directive.trim().toLowerCase()));
}

/** Whether a category is held to the target on a page. */
export function isTargeted(page: AuditedPage, category: Category): boolean {
  return !(category === 'seo' && page.noindex);
}
