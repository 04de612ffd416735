import type { SiteWords } from '../../i18n';
import { urls } from './urls';

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

export function primaryNavigation(areas: Areas, requestUrl: string, words: NavigationWords): NavItem[] {
  const { t } = words;
  return [
    { label: t('site.knowledgeBase'), href: urls.home() },
    ...(areas.faq ? [{ label: t('site.faq'), href: '/faq/' }] : []),
    ...(areas.community ? [{ label: t('site.community'), href: '/community/' }] : []),
    { label: t('contact.submitRequest'), href: requestUrl, primary: true },
  ];
}

/** Whether `href` is the current page or one of its ancestors in the navigation sense. */
export function isCurrentArea(href: string, currentPath: string): boolean {
  if (href === urls.home()) return ['/', '/categories/', '/sections/', '/articles/', '/labels/'].some((p) => p === '/' ? currentPath === '/' : currentPath.startsWith(p));
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

const PAGES_WITH_THEIR_OWN_SEARCH = [urls.home(), '/search/', '/404'];

export function headerView(areas: Areas, requestUrl: string, currentPath: string, words: NavigationWords): HeaderView {
  return {
    items: primaryNavigation(areas, requestUrl, words).map((item) => {
      if (item.primary || !isCurrentArea(item.href, currentPath)) return item;
      return { ...item, current: item.href === currentPath ? 'page' : 'true' };
    }),
    search: !PAGES_WITH_THEIR_OWN_SEARCH.some((p) => (p === urls.home() ? currentPath === p : currentPath.startsWith(p))),
  };
}
