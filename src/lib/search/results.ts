/**
 * Turns what Pagefind returns for one page into what our interfaces show: a hit with a title,
 * breadcrumb, type, date, a safe snippet and the headings inside the page that matched.
 * Pure: the shapes below are the parts of Pagefind's fragment that we read.
 */
import { BREADCRUMB_SEPARATOR, SEARCH_META } from './attributes';
import { safeExcerptHtml } from './excerpt';
import { typeLabel, type TypeWords } from './facets';

/** A heading inside a page that matched. */
export interface SubHit {
  url: string;
  title: string;
  excerptHtml: string;
}

/** One search result, as the header box and the request form show it. */
export interface SearchHit {
  url: string;
  title: string;
  /** The trail above the page, e.g. "Invoicing › Payments". */
  breadcrumb: string;
  /** article, faq, question… */
  type: string;
  /** Escaped text and <mark> tags only. */
  excerptHtml: string;
  /** The page's date as YYYY-MM-DD. */
  date?: string;
}

/** A hit on the results page, with the matching headings of long pages. */
export interface DetailedHit extends SearchHit {
  subResults: SubHit[];
}

export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: PagefindWordLocation[];
  anchor?: { element: string; id: string };
}

/** The parts of Pagefind's result data that we read. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** Headings shown under a result at most. */
export const MAX_SUB_RESULTS = 3;

/** The query parameter that asks the destination page to highlight the searched words. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Only paths of this site (starting with a single "/") are followed; anything else in an index
 * (a full URL, "javascript:") becomes the search page, so a result can never lead off-site.
 */
export function safeSitePath(url: string): string {
  return /^\/(?!\/)/.test(url) && !/[\s\\]/.test(url) ? url : '/search/';
}

/** Adds ?highlight=<query> (before any #fragment) so the destination page can mark the words. */
export function withHighlight(url: string, query: string): string {
  const q = query.trim();
  if (!q) return url;
  const [path = '', hash] = url.split('#', 2);
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${hash !== undefined ? `#${hash}` : ''}`;
}

const hitsIn = (s: PagefindSubResult) =>
  s.weighted_locations?.reduce((sum, w) => sum + w.balanced_score, 0) ?? s.locations.length;

/**
 * The headings that matched, best first: only sections below the title (an anchor that is not
 * the page's h1), at most MAX_SUB_RESULTS.
 */
export function subHits(fragment: PagefindFragment): SubHit[] {
  return (fragment.sub_results ?? [])
    .filter((s) => s.anchor && s.anchor.element.toLowerCase() !== 'h1' && s.locations.length > 0)
    .sort((a, b) => hitsIn(b) - hitsIn(a))
    .slice(0, MAX_SUB_RESULTS)
    .map((s) => ({ url: safeSitePath(s.url), title: s.title.trim(), excerptHtml: safeExcerptHtml(s.excerpt) }));
}

/** Page types whose headings are entries of their own: a result leads to the heading that matched. */
const ENTRY_TYPES = new Set(['faq']);

/** The matching sub-result an FAQ result leads to: its best-matching question, if any matched. */
function bestEntry(fragment: PagefindFragment, type: string): PagefindSubResult | undefined {
  if (!ENTRY_TYPES.has(type)) return undefined;
  return (fragment.sub_results ?? [])
    .filter((s) => s.anchor && s.anchor.element.toLowerCase() !== 'h1' && s.locations.length > 0)
    .sort((a, b) => hitsIn(b) - hitsIn(a))[0];
}

function hitOf(fragment: PagefindFragment): { hit: SearchHit; entry?: PagefindSubResult } {
  const meta = fragment.meta;
  const url = safeSitePath(fragment.url);
  const type = meta[SEARCH_META.type] ?? 'page';
  const title = meta[SEARCH_META.title]?.trim() || url;
  const breadcrumb = meta[SEARCH_META.breadcrumb] ?? '';
  const common = { type, ...(meta[SEARCH_META.date] ? { date: meta[SEARCH_META.date] } : {}) };
  const entry = bestEntry(fragment, type);
  if (entry) {
    // An FAQ question: the result is the question, and the FAQ page becomes its place.
    const hit = { ...common, url: safeSitePath(entry.url), title: entry.title.trim(), breadcrumb: [breadcrumb, title].filter(Boolean).join(BREADCRUMB_SEPARATOR), excerptHtml: safeExcerptHtml(entry.excerpt) };
    return { hit, entry };
  }
  return { hit: { ...common, url, title, breadcrumb, excerptHtml: safeExcerptHtml(fragment.excerpt) } };
}

/** One result. An FAQ page's result is its best-matching question, which the link opens (#question). */
export function toHit(fragment: PagefindFragment): SearchHit {
  return hitOf(fragment).hit;
}

export function toDetailedHit(fragment: PagefindFragment): DetailedHit {
  const { hit, entry } = hitOf(fragment);
  return { ...hit, subResults: subHits(fragment).filter((s) => !entry || s.url !== safeSitePath(entry.url)) };
}

/** Whether `words` stand whole in `label` ("Community" in "Community question", "المجتمع" in "سؤال في المجتمع"), not inside a word ("Art" in "Article"). */
function saysAlready(label: string, words: string, locale: string): boolean {
  const haystack = label.toLocaleLowerCase(locale);
  const needle = words.toLocaleLowerCase(locale);
  const letter = /[\p{L}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at !== -1 && needle; at = haystack.indexOf(needle, at + 1)) {
    if (!letter.test(haystack[at - 1] ?? '') && !letter.test(haystack[at + needle.length] ?? '')) return true;
  }
  return false;
}

/**
 * The levels of a result's place, without the first when its type already says it (the area
 * the page belongs to), so that the line under a title never repeats itself: an FAQ result is
 * "FAQ · Billing and plans FAQ", not "FAQ · FAQ › Billing and plans FAQ"; a community question
 * is "Community question · Invoicing", not "Community question · Community › Invoicing". The
 * words are compared whole, wherever the language puts them in the type's name (German
 * "Community-Frage", Arabic "سؤال في المجتمع").
 */
export function placeLevels(type: string, breadcrumb: string, words: TypeWords): string[] {
  const label = typeLabel(type, words, 'one');
  const levels = breadcrumbLevels(breadcrumb);
  return levels[0] && saysAlready(label, levels[0], words.locale) ? levels.slice(1) : levels;
}

/** The type and the place of a result on one line: "Article · Billing › Invoices". */
export function placeLine(type: string, breadcrumb: string, words: TypeWords): string {
  return [typeLabel(type, words, 'one'), placeLevels(type, breadcrumb, words).join(BREADCRUMB_SEPARATOR)].filter(Boolean).join(' · ');
}

/** The breadcrumb's levels, for rendering them as a list. */
export function breadcrumbLevels(breadcrumb: string): string[] {
  return breadcrumb.split(BREADCRUMB_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}
