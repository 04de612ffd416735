import type { CompleteArea } from '../catalogue';

/** Arabic: the search box, suggestions, the results page, facets, "Did you mean". */
export default {
} satisfies CompleteArea<'search'>;
