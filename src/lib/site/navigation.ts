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

export function primaryNavigation(areas: Areas, requestUrl: string): NavItem[] {
  return [
    { label: 'Knowledge base', href: urls.home() },
    ...(areas.faq ? [{ label: 'FAQ', href: '/faq/' }] : []),
    ...(areas.community ? [{ label: 'Community', href: '/community/' }] : []),
    { label: 'Submit a request', href: requestUrl, primary: true },
  ];
}

/** Whether `href` is the current page or one of its ancestors in the navigation sense. */
export function isCurrentArea(href: string, currentPath: string): boolean {
  if (href === urls.home()) return ['/', '/categories/', '/sections/', '/articles/', '/labels/'].some((p) => p === '/' ? currentPath === '/' : currentPath.startsWith(p));
  return currentPath.startsWith(href);
}
