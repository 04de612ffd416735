/** English: search boxes and their suggestions, the results page, its facets and its empty state. */
export default {
  /** A search box's label and placeholder, the results page's heading and its form's name. */
  searchHelpCenter: 'Search the help center',
  /** The header's search landmark. */
  siteSearch: 'Site search',
  submit: 'Search',
  boxHint: 'Suggestions appear as you type. Press / or Control K to come back here.',
  suggestions: 'Suggestions',
  pageTitle: 'Search',
  pageDescription: 'Search the {siteName}: articles, FAQ and community questions.',
  whatAreYouLookingFor: 'What are you looking for?',
  /** Without JavaScript; {notice} is search.noScriptNotice in bold, {requestLink} a link with search.noScriptRequestLink. */
  noScript: "{notice} Browse the topics below instead, or {requestLink} and we'll answer by email.",
  noScriptNotice: 'Search needs JavaScript, which is turned off in your browser.',
  noScriptRequestLink: 'submit a request',
  filters: 'Filters',
  activeFilters: 'Active filters',
  sortBy: 'Sort by',
  sortRelevance: 'Best match',
  sortNewest: 'Newest first',
  filterResults: 'Filter results',
  results: 'Results',
  resultPages: 'Pages of results',
  /** The facets' headings. */
  facetType: 'Type',
  facetCategory: 'Category',
  facetLabels: 'Labels',
  /** The kinds of page, as a facet's values and above each result. */
  typeArticle: 'Article',
  typeArticles: 'Articles',
  typeFaq: 'FAQ',
  typeFaqs: 'FAQ',
  typeQuestion: 'Community question',
  typeQuestions: 'Community questions',
  noResults: 'No results',
  resultCount: { one: '{count} result', other: '{count} results' },
  /** The line above the results; {results} is search.resultCount, {query} the visitor's words in quotation marks. */
  summaryQuery: '{results} for {query}',
  summaryCategory: '{results} in {category}',
  summaryQueryCategory: '{results} for {query} in {category}',
  /** After the summary when there are several pages of results. */
  summaryPage: '{summary} · page {page} of {pages}',
  prompt: 'Type a question or a few words, then press Enter.',
  searching: 'Searching…',
  unavailable: 'Search is not available right now. Check your connection and reload the page.',
  /** In a search box's list, when search cannot be reached. */
  unavailableBox: 'Search is not available right now. Check your connection and try again.',
  /** A result's place: {place} is shown, the words around it are said to screen readers. */
  resultPlace: 'In: {place}',
  /** Said to screen readers after a facet value's count (note the space it starts with). */
  facetResults: { one: ' result', other: ' results' },
  showMore: { one: 'Show {count} more', other: 'Show {count} more' },
  /** A chip of an active filter: {filter} is shown, the words around it are said to screen readers. */
  removeFilter: 'Remove filter: {filter}',
  clearFilters: 'Clear all filters',
  emptyHeading: 'Nothing in the help center matches yet',
  /** {widen} is a button with search.searchWithoutFilters. */
  filtersHideAll: 'Your filters hide every match. {widen}',
  searchWithoutFilters: { one: 'Search without filters ({count} result)', other: 'Search without filters ({count} results)' },
  checkSpelling: 'Check the spelling, or describe the problem in other words (for example “send invoice” rather than an error code).',
  /** {homeLink} is a link with search.homeLink. */
  browseTopics: 'Browse the topics on the {homeLink}.',
  homeLink: 'help center home page',
  /** {requestLink} is a link with contact.submitRequest, {contactButton} a button with search.contactUs that opens the contact panel. */
  stillStuck: 'Still stuck? {requestLink} or {contactButton}.',
  contactUs: 'contact us',
  /** {suggestion} is the corrected words, as a link. */
  didYouMean: 'Did you mean {suggestion}?',
  /** In a search box's list; {query} is the visitor's words in quotation marks. */
  noMatches: 'No matches for “{query}”.',
  /** What screen readers hear once the list has changed. */
  noMatchesStatus: 'No matches for {query}.',
  matchesStatus: { one: '{shown} of {count} result shown. Use the up and down arrow keys to choose.', other: '{shown} of {count} results shown. Use the up and down arrow keys to choose.' },
  /** The actions at the end of a search box's list; {query} is the visitor's words in quotation marks. */
  searchInScope: 'Search in {scope} for {query}',
  searchEverywhere: 'Search the whole help center for {query}',
  seeAllResults: { one: 'See all {count} result for {query}', other: 'See all {count} results for {query}' },
  askOurTeam: 'Ask our team: submit a request',
};
