/** English: the layout: header, menu, footer, skip link, breadcrumbs, pagination, the 404 page, dates. */
export default {
};
