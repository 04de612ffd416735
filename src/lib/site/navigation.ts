import type { SiteWords } from '../../i18n';
import { urls as defaultUrls, type Urls } from './urls';

export interface NavItem {
  label: string;
  href: string;
  /** Marks the item for the request link, styled as a button. */
  primary?: boolean;
}

/** Which parts of the help center have pages; navigation only links to parts that exist. */
export interface Areas {
  faq: boolean;
  community: boolean;
}

export type NavigationWords = SiteWords<'site.knowledgeBase' | 'site.faq' | 'site.community' | 'contact.submitRequest'>;

export function primaryNavigation(areas: Areas, requestUrl: string, words: NavigationWords, urls: Urls = defaultUrls): NavItem[] {
  const { t } = words;
  return [
    { label: t('site.knowledgeBase'), href: urls.home() },
    ...(areas.faq ? [{ label: t('site.faq'), href: urls.faqIndex() }] : []),
    ...(areas.community ? [{ label: t('site.community'), href: urls.community() }] : []),
    { label: t('contact.submitRequest'), href: requestUrl, primary: true },
  ];
}

/** Whether `href` is the current page or one of its ancestors in the navigation sense. */
export function isCurrentArea(href: string, currentPath: string, urls: Urls = defaultUrls): boolean {
  const home = urls.home();
  if (href === home) return ['', 'categories/', 'sections/', 'articles/', 'labels/'].some((p) => p === '' ? currentPath === home : currentPath.startsWith(`${home}${p}`));
  return currentPath.startsWith(href);
}

/** A navigation link as the header draws it: `aria-current` is "page" on the page itself, "true" on the pages of its area. */
export interface HeaderItem extends NavItem {
  current?: 'page' | 'true';
}

/** What the header shows on one page. */
export interface HeaderView {
  items: HeaderItem[];
  /**
   * Whether the header carries a search box. Not on the pages with a search box of their own
   * (the home page's large box, the results page's form, the not-found page's box): a page has
   * one search box a visitor can see.
   */
  search: boolean;
}

export function headerView(areas: Areas, requestUrl: string, currentPath: string, words: NavigationWords, urls: Urls = defaultUrls): HeaderView {
  const ownSearch = [urls.search(), '/404'];
  return {
    items: primaryNavigation(areas, requestUrl, words, urls).map((item) => {
      if (item.primary || !isCurrentArea(item.href, currentPath, urls)) return item;
      return { ...item, current: item.href === currentPath ? 'page' : 'true' };
    }),
    search: currentPath !== urls.home() && !ownSearch.some((p) => currentPath.startsWith(p)),
  };
}
