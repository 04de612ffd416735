/** English: the community's topics, question lists, question pages, tags and the ways to ask and answer. */
export default {
  homeIntro: 'Questions from customers, answered by other customers and by our support team. Answers from our team are marked {official}.',
  homeDescription: 'Questions from {siteName} customers, answered by other customers and by our support team.',
  topics: 'Topics',
  featuredQuestions: 'Featured questions',
  recentActivity: 'Recent activity',
  popularTags: 'Popular tags',
  allTags: 'All tags',
  questionCount: { one: '{count} question', other: '{count} questions' },
  topicCount: { one: '{count} topic', other: '{count} topics' },
  /** Questions without an answer yet, in the home page's community card. */
  waitingCount: { one: '{count} waiting for an answer', other: '{count} waiting for an answer' },
  /** Questions without an answer yet, on a topic's card. */
  unansweredCount: { one: '{count} unanswered', other: '{count} unanswered' },
  voteCount: { one: '{count} vote', other: '{count} votes' },
  answerCount: { one: '{count} answer', other: '{count} answers' },
  /** Said to screen readers after the answer count when one is accepted (note the comma it starts with). */
  oneAccepted: ', one accepted',
  /** The statuses a question shows. */
  statusOpen: 'Unanswered',
  statusAnswered: 'Answered',
  statusPlanned: 'Planned',
  statusNotPlanned: 'Not planned',
  statusCompleted: 'Completed',
  /** Said to screen readers before a status (note the space it ends with). */
  statusPrefix: 'Status: ',
  /** Said to screen readers before a question's tags. */
  tagsPrefix: 'Tags:',
  pinned: 'Pinned',
  duplicate: 'Duplicate',
  closed: 'Closed',
  official: 'Official',
  officialAnswer: 'Official answer',
  acceptedAnswer: 'Accepted answer',
  /** {author} is the asker's name, {date} the day as a <time> element. */
  askedBy: 'Asked by {author} on {date}',
  /** After "Asked by … on …" in a list, when there was activity later (note the separator it starts with). */
  activeOn: ' · active {date}',
  /** {topic} is the topic as a link. */
  inTopic: 'in {topic}',
  lastActivity: 'Last activity {date}',
  /** The heading of an answer: {name} is shown, the words around it are said to screen readers. */
  answerBy: 'Answer by {name}',
  answeredOn: 'Answered {date}',
  /** After "Answered …" (note the separator it starts with). */
  editedOn: ' · edited {date}',
  /** The filters and sorts of a topic's list. */
  filterHeading: 'Show',
  filterAll: 'All',
  filterAnswered: 'Answered',
  filterUnanswered: 'Unanswered',
  sortHeading: 'Sort by',
  sortActivity: 'Recent activity',
  sortNewest: 'Newest',
  sortVotes: 'Most votes',
  /** A list view's name: "{questions}, {order}", e.g. "Unanswered questions, most votes first". */
  viewName: '{questions}, {order}',
  viewAll: 'All questions',
  viewAnswered: 'Answered questions',
  viewUnanswered: 'Unanswered questions',
  orderActivity: 'recent activity first',
  orderNewest: 'newest first',
  orderVotes: 'most votes first',
  /** A list view in the window's title: "Time tracking: unanswered questions, most votes first". */
  viewTitle: '{topic}: {questions}, {order}',
  viewAllInTitle: 'all questions',
  viewAnsweredInTitle: 'answered questions',
  viewUnansweredInTitle: 'unanswered questions',
  emptyAll: 'No questions in this topic yet. Be the first to ask one.',
  emptyAnswered: 'No question in this topic has an answer yet.',
  emptyUnanswered: 'Every question in this topic has at least one answer.',
  topicPages: 'Pages of {topic}',
  askQuestion: 'Ask a question',
  askByEmail: 'Our team answers by email, and may add it here.',
  /** For those with an account in the content's repository; {link} is a link with community.proposeFile. */
  haveAccount: 'Have an account in our repository? {link}.',
  proposeFile: 'Propose it as a file',
  duplicateNotice: 'This question has been asked before.',
  /** {link} is the original question, as a link. */
  duplicateAnswersUnder: 'Its answers are under {link}.',
  /** {link} is a link with community.jumpToAccepted, {author} the answer's author. */
  solved: 'Solved: {link} by {author}',
  jumpToAccepted: 'Jump to the accepted answer',
  noAnswersYet: 'No answers yet',
  sortedByVotes: 'Sorted by votes. The accepted answer is marked, wherever it ranks.',
  closedHeading: 'This question is closed',
  closedText: "It takes no new answers. If it doesn't cover your case, ask a new question.",
  knowTheAnswer: 'Know the answer?',
  sendAnswer: 'Send us your answer',
  sendAnswerNote: "We'll add it here once the team has checked it.",
  /** {link} is a link with community.askSupportLink. */
  needHelp: 'Need help with this yourself? {link} with the question filled in.',
  askSupportLink: 'Ask the support team',
  /** The subject the request form is filled in with, when sending an answer. */
  answerSubject: 'An answer to: {title}',
  askedInOtherWords: 'Asked in other words',
  relatedQuestions: 'Related questions',
  tagsTitle: 'Community tags',
  tagsDescription: 'Every tag used in the community, with the number of questions that carry it.',
  tagsIntro: { one: '{count} tag. Questions that share tags are offered as related questions.', other: '{count} tags. Questions that share tags are offered as related questions.' },
  /** The tags page, as a step of the breadcrumb trail. */
  tags: 'Tags',
  tagTitle: 'Questions tagged “{tag}”',
  tagDescription: { one: '{count} community question about {tag}.', other: '{count} community questions about {tag}.' },
  tagIntro: { one: '{count} question, most recent activity first.', other: '{count} questions, most recent activity first.' },
  tagPages: 'Pages of questions tagged {tag}',
  questionDescription: 'A community question in {topic}.',
};
