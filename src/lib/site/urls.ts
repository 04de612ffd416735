/**
 * Every URL the site links to is made here, so that the scheme lives in one place.
 * Pages use stable, flat paths keyed by slug (moving an article to another section
 * never changes its URL); another language's pages have its prefix ("/de") in front.
 */
import { DEFAULT_FILTER, DEFAULT_SORT, type ListFilter, type ListSort } from '../community/status';

/**
 * The addresses of one language: its prefix ("/de"), and the translated slugs of the pages that
 * have one (an article translated as "arbeitsbereich-einrichten"). Ids stay the originals'.
 */
export interface UrlScheme {
  prefix: string;
  slugs?: { article?: ReadonlyMap<string, string>; faq?: ReadonlyMap<string, string>; question?: ReadonlyMap<string, string> };
}

export function makeUrls({ prefix, slugs = {} }: UrlScheme) {
  const slugOf = (kind: keyof NonNullable<UrlScheme['slugs']>, id: string) => slugs[kind]?.get(id) ?? id;
  return {
    home: () => `${prefix}/`,
    category: (slug: string) => `${prefix}/categories/${slug}/`,
    section: (slug: string, page = 1) => `${prefix}/sections/${slug}/${page > 1 ? `page/${page}/` : ''}`,
    article: (id: string) => `${prefix}/articles/${slugOf('article', id)}/`,
    label: (label: string) => `${prefix}/labels/${label}/`,
    request: () => `${prefix}/request/`,
    search: () => `${prefix}/search/`,
    faqIndex: () => `${prefix}/faq/`,
    faq: (id: string) => `${prefix}/faq/${slugOf('faq', id)}/`,
    community: () => `${prefix}/community/`,
    /** A topic's question list; a filter, sort or page other than the default adds its own segments. */
    topic: (slug: string, view: TopicView = {}) => `${prefix}/community/topics/${slug}/${topicViewPath(view)}`,
    question: (id: string) => `${prefix}/community/questions/${slugOf('question', id)}/`,
    tags: () => `${prefix}/community/tags/`,
    tag: (tag: string, page = 1) => `${prefix}/community/tags/${tag}/${page > 1 ? `page/${page}/` : ''}`,
  };
}

export type Urls = ReturnType<typeof makeUrls>;

/** The default language's addresses (no prefix, original slugs): what checks and one-language sites use. */
export const urls: Urls = makeUrls({ prefix: '' });

export interface TopicView {
  filter?: ListFilter;
  sort?: ListSort;
  page?: number;
}

/** The segments of a topic list view, defaults left out: "", "unanswered/", "votes/page/2/". */
export function topicViewPath(view: TopicView): string {
  const segments = [
    view.filter && view.filter !== DEFAULT_FILTER ? view.filter : undefined,
    view.sort && view.sort !== DEFAULT_SORT ? view.sort : undefined,
    view.page && view.page > 1 ? `page/${view.page}` : undefined,
  ];
  return segments.filter(Boolean).map((s) => `${s}/`).join('');
}

/** Joins a site-relative path to the deployed site's address. */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/** True for links that leave the site (they get rel="noopener"). */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(href) || href.startsWith('//');
}

/** Fills the repository edit URL pattern with a file's path relative to the project root. */
export function editUrlFor(pattern: string | undefined, filePath: string): string | undefined {
  return pattern ? pattern.replace('{path}', filePath.split('\\').join('/')) : undefined;
}
