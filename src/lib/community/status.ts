import type { QuestionStatus, QuestionData } from '../../schemas/question';

/**
 * The statuses a question can show, what each one tells a customer, and the two lists
 * views (filters and sorts) of a topic. Kept in one place so that the badges, the
 * filter links and the README say the same thing.
 */
export const STATUS_INFO: Record<QuestionStatus, { label: string; description: string }> = {
  open: { label: 'Unanswered', description: 'Nobody has answered yet.' },
  answered: { label: 'Answered', description: 'At least one answer; an accepted one is marked.' },
  planned: { label: 'Planned', description: 'The product team plans to build this.' },
  'not-planned': { label: 'Not planned', description: 'The product team has decided not to build this for now.' },
  completed: { label: 'Completed', description: 'This has been built and released.' },
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
export const FILTER_LABELS: Record<ListFilter, string> = { all: 'All', answered: 'Answered', unanswered: 'Unanswered' };

/** Recent activity first by default, as forums do: a question with a new answer comes back up. */
export const LIST_SORTS = ['activity', 'newest', 'votes'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const SORT_LABELS: Record<ListSort, string> = { activity: 'Recent activity', newest: 'Newest', votes: 'Most votes' };

export const DEFAULT_FILTER: ListFilter = 'all';
export const DEFAULT_SORT: ListSort = 'activity';
