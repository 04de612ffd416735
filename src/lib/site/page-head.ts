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
}
