import { describe, expect, it } from 'vitest';
import { answerAnchor, Community, excerpt, sortAnswers, type AnswerEntry, type AuthorInfo, type QuestionEntry, type TopicEntry } from '../../src/lib/community/model';
import type { QuestionData } from '../../src/schemas/question';

// ---- builders -------------------------------------------------------------------------------

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function topic(slug: string, order = 100): TopicEntry {
  return { slug, file: `content/community/topics/${slug}.yaml`, data: { title: `Topic ${slug}`, description: 'About it.', order } };
}

function question(slug: string, data: Partial<Omit<QuestionData, 'asked'>> & { asked?: string } = {}): QuestionEntry {
  const { asked = '2026-03-01', ...rest } = data;
  return {
    slug,
    file: `content/community/questions/${slug}.mdx`,
    data: { title: `Question ${slug}?`, topic: 'time', tags: [], author: 'ines', pinned: false, featured: false, closed: false, votes: 0, ...rest, asked: day(asked) },
  };
}

function answer(slug: string, q: string, data: { author?: string; date?: string; votes?: number; accepted?: boolean; updated?: string } = {}): AnswerEntry {
  return {
    slug,
    file: `content/community/answers/${slug}.mdx`,
    data: {
      question: q,
      author: data.author ?? 'ines',
      date: day(data.date ?? '2026-03-02'),
      votes: data.votes ?? 0,
      accepted: data.accepted ?? false,
      ...(data.updated ? { updated: day(data.updated) } : {}),
    },
  };
}

const authors = new Map<string, AuthorInfo>([
  ['ines', { name: 'Ines Duarte', staff: false }],
  ['maya', { name: 'Maya Okonkwo', role: 'Support lead', staff: true }],
]);

function community(questions: QuestionEntry[], answers: AnswerEntry[] = [], topics = [topic('time'), topic('money', 5)]) {
  return new Community({ topics, questions, answers, authors });
}

// ---- answers --------------------------------------------------------------------------------

describe('sortAnswers', () => {
  const official = (a: AnswerEntry) => a.data.author === 'maya';

  it('puts the most votes first, whichever answer is accepted', () => {
    const sorted = sortAnswers([answer('a', 'q', { votes: 2, accepted: true }), answer('b', 'q', { votes: 9 }), answer('c', 'q', { votes: 4 })], official);
    expect(sorted.map((a) => a.slug)).toEqual(['b', 'c', 'a']);
  });

  it('breaks a tie with the accepted answer, then an official one, then the earliest', () => {
    const sorted = sortAnswers(
      [
        answer('late', 'q', { votes: 5, date: '2026-03-09' }),
        answer('early', 'q', { votes: 5, date: '2026-03-01' }),
        answer('official', 'q', { votes: 5, author: 'maya', date: '2026-03-08' }),
        answer('accepted', 'q', { votes: 5, date: '2026-03-10', accepted: true }),
      ],
      official,
    );
    expect(sorted.map((a) => a.slug)).toEqual(['accepted', 'official', 'early', 'late']);
  });
});

describe('answerAnchor', () => {
  it('turns the answer’s folder path into a valid anchor', () => {
    expect(answerAnchor('split-a-meeting/sofia')).toBe('answer-split-a-meeting--sofia');
  });
});

// ---- summaries ------------------------------------------------------------------------------

describe('a question’s summary', () => {
  it('counts answers, finds the accepted one and sees whether staff answered', () => {
    const c = community([question('q')], [answer('q/a', 'q', { accepted: true }), answer('q/b', 'q', { author: 'maya' }), answer('x/c', 'other')]);
    const s = c.summary('q')!;
    expect(s.answerCount).toBe(2);
    expect(s.accepted?.slug).toBe('q/a');
    expect(s.official).toBe(true);
    expect(c.isOfficial(c.answersOf('q').find((a) => a.slug === 'q/b')!)).toBe(true);
  });

  it('is "answered" once it has an answer and "open" before, as the Answered and Unanswered filters count, unless a feature request says otherwise', () => {
    const c = community(
      [question('solved'), question('replied'), question('waiting'), question('idea', { status: 'planned' })],
      [answer('s/a', 'solved', { accepted: true }), answer('r/a', 'replied'), answer('i/a', 'idea', { accepted: true })],
    );
    expect(c.summary('solved')!.status).toBe('answered');
    expect(c.summary('replied')!.status).toBe('answered');
    expect(c.summary('waiting')!.status).toBe('open');
    expect(c.summary('idea')!.status).toBe('planned');
  });

  it('takes the latest of asked, edited and every answer’s dates as the last activity', () => {
    const c = community(
      [question('q', { asked: '2026-01-01', updated: day('2026-01-05') }), question('quiet', { asked: '2026-02-01' })],
      [answer('q/a', 'q', { date: '2026-01-03' }), answer('q/b', 'q', { date: '2026-01-04', updated: '2026-01-20' })],
    );
    expect(c.summary('q')!.lastActivity).toEqual(day('2026-01-20'));
    expect(c.summary('quiet')!.lastActivity).toEqual(day('2026-02-01'));
  });

  it('leaves out questions of an unknown topic and answers to an unknown question, rather than failing', () => {
    const c = community([question('lost', { topic: 'nowhere' }), question('q')], [answer('a', 'lost')]);
    expect(c.question('lost')).toBeUndefined();
    expect(c.questionsIn('time').map((s) => s.question.slug)).toEqual(['q']);
  });
});

describe('topics and tags', () => {
  it('orders topics by `order`, then title', () => {
    expect(community([]).topics.map((t) => t.slug)).toEqual(['money', 'time']);
  });

  it('lists every tag alphabetically with its questions', () => {
    const c = community([question('a', { tags: ['timer', 'billable'] }), question('b', { tags: ['timer'] })]);
    expect(c.tags().map((t) => [t.tag, t.questions.map((s) => s.question.slug)])).toEqual([
      ['billable', ['a']],
      ['timer', ['a', 'b']],
    ]);
  });
});

// ---- related and duplicates -------------------------------------------------------------------

describe('related questions', () => {
  const c = community([
    question('me', { tags: ['timer', 'billable', 'rates'] }),
    question('two-tags', { tags: ['timer', 'billable'], topic: 'money' }),
    question('one-tag-same-topic', { tags: ['rates'], asked: '2026-01-01' }),
    question('one-tag-other-topic', { tags: ['timer'], topic: 'money', asked: '2026-06-01' }),
    question('one-tag-recent', { tags: ['rates'], asked: '2026-05-01' }),
    question('duplicate', { tags: ['timer', 'billable', 'rates'], duplicateOf: 'me' }),
    question('unrelated', { tags: ['export'] }),
  ]);

  it('ranks more shared tags first, then the same topic, then the most recent activity', () => {
    expect(c.related('me', 10).map((s) => s.question.slug)).toEqual(['two-tags', 'one-tag-recent', 'one-tag-same-topic', 'one-tag-other-topic']);
  });

  it('leaves out the question itself, duplicates and questions sharing no tag, and respects the limit', () => {
    const slugs = c.related('me', 2).map((s) => s.question.slug);
    expect(slugs).toEqual(['two-tags', 'one-tag-recent']);
    expect(c.related('unrelated', 5)).toEqual([]);
  });
});

describe('duplicates', () => {
  it('follows a chain of duplicates to the original', () => {
    const c = community([question('a', { duplicateOf: 'b' }), question('b', { duplicateOf: 'c' }), question('c')]);
    expect(c.originalOf('a')?.slug).toBe('c');
    expect(c.originalOf('b')?.slug).toBe('c');
    expect(c.originalOf('c')).toBeUndefined();
    expect(c.duplicatesOf('c').map((q) => q.slug)).toEqual(['b']);
  });

  it('gives no original for a loop or a broken chain, instead of running forever', () => {
    const c = community([question('a', { duplicateOf: 'b' }), question('b', { duplicateOf: 'a' }), question('self', { duplicateOf: 'self' }), question('broken', { duplicateOf: 'gone' })]);
    expect(c.originalOf('a')).toBeUndefined();
    expect(c.originalOf('self')).toBeUndefined();
    expect(c.originalOf('broken')).toBeUndefined();
  });
});

describe('featured and recent questions', () => {
  const c = community(
    [question('old', { asked: '2026-01-01', featured: true }), question('new', { asked: '2026-04-01' }), question('revived', { asked: '2025-12-01', featured: true })],
    [answer('r/a', 'revived', { date: '2026-05-01' })],
  );

  it('lists featured questions by their latest activity', () => {
    expect(c.featured().map((s) => s.question.slug)).toEqual(['revived', 'old']);
  });

  it('lists the most recently active questions, up to a limit', () => {
    expect(c.recent(2).map((s) => s.question.slug)).toEqual(['revived', 'new']);
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word, with an ellipsis', () => {
    expect(excerpt('  Short\n text. ', 50)).toBe('Short text.');
    expect(excerpt('Open the entry, split it at the halfway point and move it.', 30)).toBe('Open the entry, split it at…');
  });
});
