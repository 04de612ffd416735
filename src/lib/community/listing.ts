import type { QuestionSummary } from './model';
import { paginate, type Page } from '../knowledge-base/model';
import { LIST_FILTERS, LIST_SORTS, type ListFilter, type ListSort } from './status';

/**
 * Filtering, sorting and paging of question lists. Every combination of filter and sort is a
 * static page of its own (/community/topics/<slug>/unanswered/votes/page/2/), so each view
 * works without JavaScript, can be shared as a link, and the back button just works.
 */

export function filterQuestions(questions: readonly QuestionSummary[], filter: ListFilter): QuestionSummary[] {
  if (filter === 'answered') return questions.filter((q) => q.answerCount > 0);
  if (filter === 'unanswered') return questions.filter((q) => q.answerCount === 0);
  return [...questions];
}

const time = (d: Date) => d.getTime();

const COMPARE: Record<ListSort, (a: QuestionSummary, b: QuestionSummary) => number> = {
  activity: (a, b) => time(b.lastActivity) - time(a.lastActivity) || b.question.data.votes - a.question.data.votes,
  newest: (a, b) => time(b.question.data.asked) - time(a.question.data.asked),
  votes: (a, b) => b.question.data.votes - a.question.data.votes || time(b.lastActivity) - time(a.lastActivity),
};

/** Sorts a list; pinned questions come first (in the same order among themselves) unless `pinnedFirst` is false. */
export function sortQuestions(questions: readonly QuestionSummary[], sort: ListSort, options: { pinnedFirst?: boolean } = {}): QuestionSummary[] {
  const pinnedFirst = options.pinnedFirst ?? true;
  return [...questions].sort(
    (a, b) =>
      (pinnedFirst ? Number(b.question.data.pinned) - Number(a.question.data.pinned) : 0) ||
      COMPARE[sort](a, b) ||
      a.question.slug.localeCompare(b.question.slug, 'en'),
  );
}

export interface ListView {
  filter: ListFilter;
  sort: ListSort;
  page: number;
}

/** Every view of a list: each filter × sort, paginated. An empty filter still has its (empty) first page. */
export function listViews(questions: readonly QuestionSummary[], pageSize: number): { view: ListView; page: Page<QuestionSummary> }[] {
  return LIST_FILTERS.flatMap((filter) =>
    LIST_SORTS.flatMap((sort) =>
      paginate(sortQuestions(filterQuestions(questions, filter), sort), pageSize).map((page) => ({
        view: { filter, sort, page: page.current },
        page,
      })),
    ),
  );
}

/** How many questions each filter shows, for the counts beside the filter links. */
export function filterCounts(questions: readonly QuestionSummary[]): Record<ListFilter, number> {
  return Object.fromEntries(LIST_FILTERS.map((f) => [f, filterQuestions(questions, f).length])) as Record<ListFilter, number>;
}
