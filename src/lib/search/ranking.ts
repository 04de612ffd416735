/**
 * How Pagefind ranks results on this help center, in one place. Tuned on the example content
 * (test/e2e/search-ranking.test.ts proves the effect): help-center titles are short questions
 * or tasks, so a title that contains the visitor's words is the strongest signal there is.
 */
export const SEARCH_RANKING = {
  /**
   * Title matches weigh 10x (Pagefind's default is 5x); tags and breadcrumb words (category and section
   * names) help a little; type and date words are metadata, not evidence of relevance.
   */
  metaWeights: { title: 10, breadcrumb: 1.5, tags: 2, type: 0, date: 0, image: 0 },
  /**
   * Help articles vary from a paragraph to long guides; the long guide on a topic is usually
   * the better answer, so page length counts for less than Pagefind's default (0.75).
   */
  pageLength: 0.5,
} as const;
