import type { Crumb } from '../knowledge-base/model';

/** What every page tells the layout: its title and description, trail, structured data and indexing. */
export interface PageHead {
  /** The page's own title; the layout appends the site name. */
  title: string;
  description: string;
  breadcrumbs?: Crumb[];
  /** JSON-LD objects for search engines. */
  structuredData?: unknown[];
  ogType?: 'website' | 'article';
  /** Image under public/ for link previews. Default: the logo. */
  image?: string;
  /** Keep the page out of search engines (404, drafts, alternative list views). */
  noindex?: boolean;
  /** An article's first publication, for `article:published_time`. */
  publishedTime?: string;
  /** For a page of another language than the default: what language its text is in (src/lib/i18n/page-language.ts). */
  language?: PageLanguage;
}

/** A translated page's language, or a fallback's: its text in the default language inside another language's pages. */
export interface PageLanguage {
  /** The language the page's own text is in. */
  contentLang: string;
  /** No translation: the text is the default language's, and the page points search engines there. */
  fallback: boolean;
  /** A translation older than its original. */
  outdated: boolean;
  /** The original, in the default language. */
  originalPath: string;
}
