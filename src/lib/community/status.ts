import type { QuestionStatus } from '../../schemas/question';

/**
 * The statuses a question can show, what each one tells a customer, and the two lists
 * views (filters and sorts) of a topic. Kept in one place so that the badges, the
 * filter links and the README say the same thing.
 */
export const STATUS_INFO: Record<QuestionStatus, { label: string; description: string }> = {
  open: { label: 'Open', description: 'Waiting for an answer that solves it.' },
  answered: { label: 'Answered', description: 'An answer solved it; it is marked as accepted.' },
  planned: { label: 'Planned', description: 'The product team plans to build this.' },
  'not-planned': { label: 'Not planned', description: 'The product team has decided not to build this for now.' },
  completed: { label: 'Completed', description: 'This has been built and released.' },
};

/** A question's status: the one its file gives, else "answered" once an answer is accepted, else "open". */
export function effectiveStatus(written: QuestionStatus | undefined, hasAcceptedAnswer: boolean): QuestionStatus {
  return written ?? (hasAcceptedAnswer ? 'answered' : 'open');
}

/**
 * Topic lists filter on whether anyone has answered yet. "Unanswered" is the list a helpful
 * reader works through; whether an answer solved the question is what the status says.
 */
export const LIST_FILTERS = ['all', 'answered', 'unanswered'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export const FILTER_LABELS: Record<ListFilter, string> = { all: 'All', answered: 'Answered', unanswered: 'Unanswered' };

/** Recent activity first by default, as forums do: a question with a new answer comes back up. */
export const LIST_SORTS = ['activity', 'newest', 'votes'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const SORT_LABELS: Record<ListSort, string> = { activity: 'Recent activity', newest: 'Newest', votes: 'Most votes' };

export const DEFAULT_FILTER: ListFilter = 'all';
export const DEFAULT_SORT: ListSort = 'activity';
