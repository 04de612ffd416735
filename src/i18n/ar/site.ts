import type { CompleteArea } from '../catalogue';

/** Arabic: the layout: header, menu, footer, skip link, breadcrumbs, pagination, the 404 page, dates. */
export default {
} satisfies CompleteArea<'site'>;
