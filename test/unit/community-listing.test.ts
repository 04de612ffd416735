import { describe, expect, it } from 'vitest';
import { filterCounts, filterQuestions, listViews, sortQuestions } from '../../src/lib/community/listing';
import type { QuestionSummary } from '../../src/lib/community/model';
import { topicViewPath, makeUrls, urls } from '../../src/lib/site/urls';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function summary(slug: string, s: { asked: string; activity?: string; votes?: number; answers?: number; pinned?: boolean }): QuestionSummary {
  return {
    question: {
      slug,
      file: `content/community/questions/${slug}.mdx`,
      data: { title: slug, topic: 't', tags: [], author: 'a', asked: day(s.asked), pinned: s.pinned ?? false, featured: false, closed: false, votes: s.votes ?? 0 },
    },
    status: 'open',
    answerCount: s.answers ?? 0,
    official: false,
    lastActivity: day(s.activity ?? s.asked),
  };
}

const list = [
  summary('old-popular', { asked: '2026-01-01', activity: '2026-01-02', votes: 30, answers: 3 }),
  summary('new-quiet', { asked: '2026-06-01', votes: 1 }),
  summary('old-revived', { asked: '2026-02-01', activity: '2026-07-01', votes: 5, answers: 1 }),
  summary('pinned-old', { asked: '2025-12-01', votes: 2, answers: 1, pinned: true }),
];
const slugs = (items: QuestionSummary[]) => items.map((s) => s.question.slug);

describe('filterQuestions', () => {
  it('"answered" keeps questions with at least one answer, "unanswered" those with none', () => {
    expect(slugs(filterQuestions(list, 'answered'))).toEqual(['old-popular', 'old-revived', 'pinned-old']);
    expect(slugs(filterQuestions(list, 'unanswered'))).toEqual(['new-quiet']);
    expect(filterQuestions(list, 'all')).toHaveLength(4);
  });

  it('counts each filter', () => {
    expect(filterCounts(list)).toEqual({ all: 4, answered: 3, unanswered: 1 });
  });
});

describe('sortQuestions', () => {
  it('puts pinned questions first, then sorts by recent activity, newest or votes', () => {
    expect(slugs(sortQuestions(list, 'activity'))).toEqual(['pinned-old', 'old-revived', 'new-quiet', 'old-popular']);
    expect(slugs(sortQuestions(list, 'newest'))).toEqual(['pinned-old', 'new-quiet', 'old-revived', 'old-popular']);
    expect(slugs(sortQuestions(list, 'votes'))).toEqual(['pinned-old', 'old-popular', 'old-revived', 'new-quiet']);
  });

  it('can ignore pinning (tag pages mix topics, and pinning belongs to a topic)', () => {
    expect(slugs(sortQuestions(list, 'votes', { pinnedFirst: false }))).toEqual(['old-popular', 'old-revived', 'pinned-old', 'new-quiet']);
  });

  it('breaks ties by slug so the order never depends on the file system', () => {
    const tied = [summary('b', { asked: '2026-01-01' }), summary('a', { asked: '2026-01-01' })];
    expect(slugs(sortQuestions(tied, 'newest'))).toEqual(['a', 'b']);
  });
});

describe('listViews', () => {
  it('makes a page for every filter and sort, paginated, with an empty first page for an empty filter', () => {
    const views = listViews(list, 2);
    // all: 2 pages × 3 sorts; answered: 2 pages × 3; unanswered: 1 page × 3
    expect(views).toHaveLength(15);
    const unansweredByVotes = views.find((v) => v.view.filter === 'unanswered' && v.view.sort === 'votes')!;
    expect(slugs(unansweredByVotes.page.items)).toEqual(['new-quiet']);
    const secondPage = views.find((v) => v.view.filter === 'all' && v.view.sort === 'votes' && v.view.page === 2)!;
    expect(slugs(secondPage.page.items)).toEqual(['old-revived', 'new-quiet']);
    expect(listViews([], 20).filter((v) => v.page.items.length === 0)).toHaveLength(9);
  });
});

describe('topic URLs', () => {
  it('leave out the default filter, sort and first page', () => {
    expect(urls.topic('time')).toBe('/community/topics/time/');
    expect(urls.topic('time', { filter: 'all', sort: 'activity', page: 1 })).toBe('/community/topics/time/');
    expect(urls.topic('time', { filter: 'unanswered' })).toBe('/community/topics/time/unanswered/');
    expect(urls.topic('time', { sort: 'votes', page: 2 })).toBe('/community/topics/time/votes/page/2/');
    expect(makeUrls({ prefix: '/de' }).topic('time', { filter: 'answered', sort: 'newest', page: 3 })).toBe('/de/community/topics/time/answered/newest/page/3/');
    expect(topicViewPath({ filter: 'answered', sort: 'votes' })).toBe('answered/votes/');
  });

  it('place FAQ, questions and tags under flat, locale-ready paths', () => {
    expect(urls.faqIndex()).toBe('/faq/');
    expect(makeUrls({ prefix: '/de' }).faq('billing')).toBe('/de/faq/billing/');
    expect(urls.community()).toBe('/community/');
    expect(urls.question('split-a-meeting')).toBe('/community/questions/split-a-meeting/');
    expect(urls.tags()).toBe('/community/tags/');
    expect(urls.tag('timer')).toBe('/community/tags/timer/');
    expect(urls.tag('timer', 2)).toBe('/community/tags/timer/page/2/');
  });
});
