/** English: the FAQ index and FAQ pages. */
export default {
  /** The FAQ index's title, and the heading of FAQ links on category and section pages. */
  indexTitle: 'Frequently asked questions',
  indexDescription: 'Short answers to the questions {siteName} customers ask most, grouped by subject.',
  indexIntro: 'Short answers to the questions we hear most. Each page links to the articles with the full steps.',
  questionCount: { one: '{count} question', other: '{count} questions' },
  /** Under the FAQ index, when there is a community; {communityLink} is a link with faq.communityLink. */
  notHere: 'Not here? Search the {communityLink}, where customers and our team answer each other.',
  communityLink: 'community questions',
  otherPages: 'Other FAQ pages',
  /** {link} is the section or category the FAQ page belongs to, as a link. */
  moreOnSubject: 'More on this subject: {link}',
  /** Above the questions, beside "Expand all" and "Collapse all". */
  toolbarCount: { one: '{count} question. Select a question to see its answer.', other: '{count} questions. Select a question to see its answer.' },
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Copy link',
  /** Said to screen readers after "Copy link" (note the space it starts with). */
  copyLinkContext: ' to “{question}”',
  linkCopied: 'Link copied',
  linkCopiedStatus: 'Link copied to the clipboard.',
  /** Where the clipboard is refused, the link is put in the address bar instead. */
  linkInAddressBar: 'Link in address bar',
  linkInAddressBarStatus: 'The link to this question is now in the address bar.',
};
