/** English: the layout: header, menu, footer, skip link, breadcrumbs, pagination, the 404 page, dates. */
export default {
  skipLink: 'Skip to main content',
  /** The header's navigation landmark. */
  mainNavigation: 'Main',
  footerNavigation: 'Footer',
  breadcrumbNavigation: 'Breadcrumb',
  /** The first step of every breadcrumb trail. */
  home: 'Home',
  knowledgeBase: 'Knowledge base',
  faq: 'FAQ',
  community: 'Community',
  /** The phone header's buttons, which open the search box and the menu. */
  openSearch: 'Search',
  openMenu: 'Menu',
  /** {requestLink} is a link with contact.submitRequest, {email} the support address as a link. */
  footerHelp: "Can't find an answer? {requestLink} or write to {email}.",
  sitemap: 'Sitemap',
  /** A page of a list beyond the first, in the window's title: "Invoices (page 2 of 3)". */
  titleWithPage: '{title} (page {page} of {pages})',
  previousPage: 'Previous',
  nextPage: 'Next',
  /** A page number's link, for screen readers. */
  pageNumber: 'Page {page}',
  /** {date} is the date as a <time> element. */
  updated: 'Updated {date}',
  draft: 'Draft: not published',
  editPage: 'Edit this page',
  backToTop: 'Back to top',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'The page you were looking for is not here.',
  notFoundHeading: "We couldn't find that page",
  notFoundText: 'The address may be mistyped, or the article may have moved. Search for it, or start again from the home page.',
  notFoundHome: 'Go to the help center home',
  /** {requestLink} is a link with contact.submitRequest. */
  notFoundRequest: "{requestLink} and we'll point you to the answer",
};
