import type { SiteMessageKey } from '../../i18n';
import type { QuestionStatus, QuestionData } from '../../schemas/question';

/**
 * The statuses a question can show and the two lists views (filters and sorts) of a topic,
 * each with the message that names it (src/i18n/<language>/community.ts). Kept in one place
 * so that the badges and the filter links say the same thing.
 */
export const STATUS_INFO: Record<QuestionStatus, { label: SiteMessageKey; description: string }> = {
  open: { label: 'community.statusOpen', description: 'Nobody has answered yet.' },
  answered: { label: 'community.statusAnswered', description: 'At least one answer; an accepted one is marked.' },
  planned: { label: 'community.statusPlanned', description: 'The product team plans to build this.' },
  'not-planned': { label: 'community.statusNotPlanned', description: 'The product team has decided not to build this for now.' },
  completed: { label: 'community.statusCompleted', description: 'This has been built and released.' },
};

/**
 * A question's status: a feature request's as its file gives it, else "answered" (labelled
 * Answered) once it has an answer and "open" (labelled Unanswered) before: the rule the
 * topic lists' filters of the same names use, so a badge never contradicts the list it is in.
 */
export function effectiveStatus(written: QuestionData['status'], answerCount: number): QuestionStatus {
  return written ?? (answerCount > 0 ? 'answered' : 'open');
}

/** Topic lists filter on whether anyone has answered yet, as the badges say (effectiveStatus). */
export const LIST_FILTERS = ['all', 'answered', 'unanswered'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export const FILTER_LABELS = { all: 'community.filterAll', answered: 'community.filterAnswered', unanswered: 'community.filterUnanswered' } as const satisfies Record<ListFilter, SiteMessageKey>;
/** A filter's questions, as a list view's name starts ("Unanswered questions, …") and as a title says them ("…: unanswered questions, …"). */
export const FILTER_VIEWS = {
  all: { name: 'community.viewAll', inTitle: 'community.viewAllInTitle' },
  answered: { name: 'community.viewAnswered', inTitle: 'community.viewAnsweredInTitle' },
  unanswered: { name: 'community.viewUnanswered', inTitle: 'community.viewUnansweredInTitle' },
} as const satisfies Record<ListFilter, { name: SiteMessageKey; inTitle: SiteMessageKey }>;

/** Recent activity first by default, as forums do: a question with a new answer comes back up. */
export const LIST_SORTS = ['activity', 'newest', 'votes'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const SORT_LABELS = { activity: 'community.sortActivity', newest: 'community.sortNewest', votes: 'community.sortVotes' } as const satisfies Record<ListSort, SiteMessageKey>;
/** A sort as a list view's name ends: "…, most votes first". */
export const SORT_ORDERS = { activity: 'community.orderActivity', newest: 'community.orderNewest', votes: 'community.orderVotes' } as const satisfies Record<ListSort, SiteMessageKey>;

export const DEFAULT_FILTER: ListFilter = 'all';
export const DEFAULT_SORT: ListSort = 'activity';
