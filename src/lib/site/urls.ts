/**
 * Every URL the site links to is made here, so that the scheme lives in one place.
 * Pages use stable, flat paths keyed by slug (moving an article to another section
 * never changes its URL); a later language prefix such as "/de" goes in front.
 */
import { DEFAULT_FILTER, DEFAULT_SORT, type ListFilter, type ListSort } from '../community/status';

export type Locale = string;

function prefix(locale: Locale | undefined): string {
  return locale ? `/${locale}` : '';
}

export const urls = {
  home: (locale?: Locale) => `${prefix(locale)}/`,
  category: (slug: string, locale?: Locale) => `${prefix(locale)}/categories/${slug}/`,
  section: (slug: string, page = 1, locale?: Locale) =>
    `${prefix(locale)}/sections/${slug}/${page > 1 ? `page/${page}/` : ''}`,
  article: (slug: string, locale?: Locale) => `${prefix(locale)}/articles/${slug}/`,
  label: (label: string, locale?: Locale) => `${prefix(locale)}/labels/${label}/`,
  request: (locale?: Locale) => `${prefix(locale)}/request/`,
  faqIndex: (locale?: Locale) => `${prefix(locale)}/faq/`,
  faq: (slug: string, locale?: Locale) => `${prefix(locale)}/faq/${slug}/`,
  community: (locale?: Locale) => `${prefix(locale)}/community/`,
  /** A topic's question list; a filter, sort or page other than the default adds its own segments. */
  topic: (slug: string, view: TopicView = {}, locale?: Locale) => `${prefix(locale)}/community/topics/${slug}/${topicViewPath(view)}`,
  question: (slug: string, locale?: Locale) => `${prefix(locale)}/community/questions/${slug}/`,
  tags: (locale?: Locale) => `${prefix(locale)}/community/tags/`,
  tag: (tag: string, page = 1, locale?: Locale) => `${prefix(locale)}/community/tags/${tag}/${page > 1 ? `page/${page}/` : ''}`,
};

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
