/** English: the search box, suggestions, the results page, facets, "Did you mean". */
export default {
};
