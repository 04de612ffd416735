/** English: the home page, categories, sections, articles, labels and "Was this article helpful?". */
export default {
  browseByTopic: 'Browse by topic',
  promotedArticles: 'Promoted articles',
  /** The mark beside a promoted article in a list. */
  promoted: 'Promoted',
  moreWaysTitle: 'More ways to find answers',
  /** {titles} lists the FAQ pages' titles. */
  moreWaysFaq: 'Short answers to the questions we hear most: {titles}.',
  /** {questions}, {topics} and {waiting} are community.questionCount, community.topicCount and community.waitingCount. */
  moreWaysCommunity: 'Ask other customers and our team, and see how they work. {questions} in {topics}, {waiting}.',
  sectionCount: { one: '{count} section', other: '{count} sections' },
  articleCount: { one: '{count} article', other: '{count} articles' },
  /** A section's link to its page, under its first articles (always more than one); {context} is knowledgeBase.inSection, for screen readers. */
  seeAllArticles: { other: 'See all {count} articles{context}' },
  /** Said to screen readers after "See all 12 articles" (note the space it starts with). */
  inSection: ' in {section}',
  subsections: 'Sections',
  articles: 'Articles',
  emptySection: 'This section has no articles yet.',
  /** The name of a section's page links. */
  sectionPages: 'Pages of {section}',
  searchCategory: 'Search in this category',
  searchCategoryPlaceholder: 'Search in {category}',
  labelTitle: 'Articles labelled “{label}”',
  labelDescription: { one: '{count} article about {label}.', other: '{count} articles about {label}.' },
  /** Beside an article: the other articles of its section. */
  inThisSection: 'Articles in this section',
  /** Beside an article alone in its section: the other sections of its category. */
  moreInCategory: 'More in {category}',
  seeAllOfCategory: 'See all of {category}',
  /** The labels under an article, as a navigation landmark. */
  labels: 'Labels',
  /** {date} is the date as a <time> element. */
  created: 'Created {date}',
  reviewed: 'Reviewed {date}',
  /** The links to the articles before and after this one in its section. */
  moreInSection: 'More in this section',
  previousArticle: 'Previous',
  nextArticle: 'Next',
  relatedArticles: 'Related articles',
  onThisPage: 'On this page',
  feedbackQuestion: 'Was this article helpful?',
  feedbackYes: 'Yes',
  feedbackNo: 'No',
  feedbackComment: 'Anything to add? (optional)',
  /** {requestLink} is a link with knowledgeBase.feedbackRequestLink. */
  feedbackHint: 'This goes to the writers of this article. For an answer from support, {requestLink}.',
  feedbackRequestLink: 'submit a request',
  feedbackSend: 'Send',
  feedbackError: 'Your answer could not be sent just now.',
  feedbackRetry: 'Try again',
  feedbackThanks: 'Thank you for your answer.',
  feedbackHelpedBefore: 'You told us this article helped. Thank you!',
  feedbackNotHelpedBefore: 'You told us this article did not help. Thank you: we use every answer to improve it.',
  feedbackWhatHelped: 'What helped most? (optional)',
  feedbackWhatWasMissing: 'What was missing or wrong? (optional)',
  feedbackNoteSent: 'Thank you: your note has been sent to the writers.',
};
