import { describe, expect, it } from 'vitest';
import { checkCommunity, COMMUNITY_COLLECTIONS, type CommunityContent, type Referable } from '../../src/lib/checks/community';
import { internalLinks } from '../../src/lib/checks/content-links';
import { closeMatches } from '../../src/lib/text/close-matches';
import { COLLECTIONS, parseCollection, type KnowledgeBase, type SourceFile } from '../../src/lib/checks/knowledge-base';
import { checkSourceLinks, linkTargetsOf } from '../../src/lib/checks/source-links';

// ---- builders -------------------------------------------------------------------------------

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

/** 1-based line of the first occurrence of `fragment` in a file, computed from the text. */
function lineIn(file: SourceFile, fragment: string): number {
  const index = file.text.indexOf(fragment);
  if (index === -1) throw new Error(`"${fragment}" is not in ${file.path}`);
  return file.text.slice(0, index).split('\n').length;
}

/** Frontmatter lines from defaults and overrides ("key: value" strings); an override replaces its key. */
function fields(defaults: string[], overrides: string[]): string[] {
  const key = (line: string) => line.slice(0, line.indexOf(':'));
  const replaced = new Set(overrides.map(key));
  return [...defaults.filter((d) => !replaced.has(key(d))), ...overrides];
}

const mdx = (path: string, frontmatter: string[], body: string[]): SourceFile => ({ path, text: text('---', ...frontmatter, '---', '', ...body) });

const faq = (slug: string, frontmatter: string[] = [], body = ['## Is there a trial?', '', 'Yes, 14 days.']) =>
  mdx(`content/faq/${slug}.mdx`, fields([`title: ${slug} FAQ`, 'description: Answers.'], frontmatter), body);
const question = (slug: string, frontmatter: string[] = []) =>
  mdx(`content/community/questions/${slug}.mdx`, fields([`title: Question ${slug}?`, 'topic: time', 'author: ines', 'asked: 2026-03-01'], frontmatter), [`The body of ${slug}.`]);
const answer = (path: string, frontmatter: string[], body = ['An answer.']) =>
  mdx(`content/community/answers/${path}.mdx`, fields(['author: maya', 'date: 2026-03-02'], frontmatter), body);

interface Files {
  faqs: SourceFile[];
  topics: SourceFile[];
  questions: SourceFile[];
  answers: SourceFile[];
}

function baseFiles(): Files {
  return {
    faqs: [faq('billing', ['section: plans']), faq('time', ['category: tracking'], ['Intro.', '', '## Can I run two timers?', '', 'No.', '', '## How do I type a duration?', '', 'Like `1h 30m`.'])],
    topics: [{ path: 'content/community/topics/time.yaml', text: text('title: Time', 'description: Timers.') }],
    questions: [question('overnight'), question('weekend', ['duplicateOf: overnight'])],
    answers: [answer('overnight/maya', ['question: overnight', 'accepted: true']), answer('overnight/ines', ['question: overnight', 'author: ines'])],
  };
}

const referable = (): Referable => {
  const parse = (name: keyof typeof COLLECTIONS, files: SourceFile[]) => {
    const { entries, errors } = parseCollection(COLLECTIONS[name], files);
    expect(errors).toEqual([]);
    return entries;
  };
  return {
    authors: parse('authors', ['ines', 'maya'].map((a) => ({ path: `content/authors/${a}.yaml`, text: text(`name: ${a}`) }))),
    categories: parse('categories', [{ path: 'content/categories/tracking.yaml', text: text('title: Tracking', 'description: Time.') }]),
    sections: parse('sections', [{ path: 'content/sections/plans.yaml', text: text('title: Plans', 'description: Plans.', 'category: tracking') }]),
    articles: parse('articles', [mdx('content/articles/refunds.mdx', ['title: Refunds', 'description: How.', 'section: plans', 'author: maya', 'created: 2026-01-01'], ['See [the FAQ](/faq/time/#can-i-run-two-timers).'])]),
  };
};

function check(change: (files: Files) => void = () => {}) {
  const files = baseFiles();
  change(files);
  const content = {} as CommunityContent;
  for (const name of ['faqs', 'topics', 'questions', 'answers'] as const) {
    const { entries, errors } = parseCollection(COMMUNITY_COLLECTIONS[name], files[name]);
    expect(errors, `schema errors in ${name}`).toEqual([]);
    content[name] = entries;
  }
  // The links of every file, as the content check runs them beside the community checks.
  const kb = { ...referable(), articles: [...referable().articles] } as KnowledgeBase;
  const live = <T extends { data: Record<string, unknown> }>(entries: T[]) => entries.filter((e) => !e.data.draft);
  const targets = linkTargetsOf(kb, content, { production: true, contentRoot: 'content', publicFiles: [] });
  const links = checkSourceLinks({ articles: live(kb.articles), faqs: live(content.faqs), questions: content.questions, answers: content.answers, snippets: [] }, targets, 'content');
  return { files, errors: [...checkCommunity(content, referable(), { contentRoot: 'content', production: true }), ...links] };
}

const find = (files: SourceFile[], path: string) => files.find((f) => f.path.includes(path))!;

// ---- the checks -----------------------------------------------------------------------------

describe('a valid FAQ and community', () => {
  it('passes every check', () => {
    expect(check().errors).toEqual([]);
  });

  it('names each answer by its path under answers/, so file names may repeat across questions', () => {
    const { entries } = parseCollection(COMMUNITY_COLLECTIONS.answers, [{ path: 'content/community/answers/overnight/maya.mdx', text: '---\nquestion: overnight\nauthor: maya\ndate: 2026-01-02\n---\n\nAn answer.\n' }]);
    expect(entries.map((e) => e.slug)).toEqual(['overnight/maya']);
  });
});

describe('answers', () => {
  it('reports an answer whose question does not exist, at the `question:` line, suggesting a close one', () => {
    const { files, errors } = check((f) => f.answers.push(answer('lost/ines', ['question: overnigth'])));
    const file = find(files.answers, 'lost/ines');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'unknown-question', file: file.path, line: lineIn(file, 'question:') }),
    ]);
    expect(errors[0]!.message).toContain('`question: overnigth` names no question');
    expect(errors[0]!.hint).toContain('content/community/questions/');
  });

  it('reports every accepted answer when a question has two, at their `accepted:` lines', () => {
    const { files, errors } = check((f) => f.answers.push(answer('overnight/tom', ['question: overnight', 'accepted: true'])));
    const accepted = errors.filter((e) => e.code === 'two-accepted-answers');
    expect(accepted.map((e) => [e.file, e.line])).toEqual(
      ['overnight/maya', 'overnight/tom'].map((p) => { const file = find(files.answers, p); return [file.path, lineIn(file, 'accepted:')]; }),
    );
    expect(accepted[0]!.message).toContain('has 2 accepted answers');
    expect(accepted[0]!.hint).toContain('keep `accepted: true` in the answer that solved it');
  });

  it('reports an unknown author with the file to create', () => {
    const { errors } = check((f) => f.answers.push(answer('overnight/ghost', ['question: overnight', 'author: ghost'])));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-author', message: '`author: ghost` names no author' })]);
    expect(errors[0]!.hint).toContain('content/authors/ghost.yaml');
  });

  it('reports an answer dated before its question', () => {
    const { errors } = check((f) => f.answers.push(answer('overnight/early', ['question: overnight', 'author: ines', 'date: 2026-02-01'])));
    expect(errors.map((e) => e.code)).toEqual(['answer-before-question']);
  });
});

describe('questions', () => {
  it('reports an unknown topic at the `topic:` line', () => {
    const { files, errors } = check((f) => f.questions.push(question('lost', ['topic: tme'])));
    const file = find(files.questions, 'lost');
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-topic', file: file.path, line: lineIn(file, 'topic:') })]);
    expect(errors[0]!.hint).toContain('content/community/topics/');
  });

  it('reports a `duplicateOf` that names no question', () => {
    const { files, errors } = check((f) => f.questions.push(question('orphan', ['duplicateOf: nowhere'])));
    const file = find(files.questions, 'orphan');
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-question', file: file.path, line: lineIn(file, 'duplicateOf:') })]);
  });

  it('reports a loop of duplicates on every question in it, naming the loop', () => {
    const { errors } = check((f) => {
      f.questions = [question('a', ['duplicateOf: b']), question('b', ['duplicateOf: c']), question('c', ['duplicateOf: a']), question('d', ['duplicateOf: a'])];
      f.answers = [];
    });
    expect(errors.map((e) => [e.code, e.file.split('/').pop()])).toEqual([
      ['duplicate-loop', 'a.mdx'],
      ['duplicate-loop', 'b.mdx'],
      ['duplicate-loop', 'c.mdx'],
    ]);
    expect(errors[0]!.message).toContain('a → b → c → a');
  });

  it('reports a question marked as a duplicate of itself', () => {
    const { errors } = check((f) => f.questions.push(question('self', ['duplicateOf: self'])));
    expect(errors.map((e) => e.code)).toEqual(['duplicate-loop']);
  });

  it('reports two questions with the same file name in different folders', () => {
    const { errors } = check((f) => f.questions.push({ ...question('overnight'), path: 'content/community/questions/other/overnight.mdx' }));
    expect(errors.filter((e) => e.code === 'duplicate-slug')).toHaveLength(2);
  });
});

describe('FAQ pages', () => {
  it('reports a page with no questions at its first body line, with how to write one', () => {
    const { files, errors } = check((f) => f.faqs.push(faq('empty', [], ['Some text, but no `##` heading.', '', '### A small heading'])));
    const file = find(files.faqs, 'empty');
    expect(errors).toEqual([expect.objectContaining({ code: 'faq-without-questions', file: file.path, line: lineIn(file, 'Some text') - 1 })]);
    expect(errors[0]!.hint).toContain('`## `');
  });

  it('reports a question without an answer and a question asked twice, at their lines', () => {
    const body = ['## Alone?', '', '## Twice?', '', 'Once.', '', '## Twice?', '', 'Again.'];
    const { files, errors } = check((f) => f.faqs.push(faq('broken', [], body)));
    const file = find(files.faqs, 'broken');
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['faq-question-without-answer', lineIn(file, '## Alone?')],
      ['faq-question-repeated', file.text.split('\n').lastIndexOf('## Twice?') + 1],
    ]);
  });

  it('reports the same question on two FAQ pages, pointing at the first', () => {
    const { errors } = check((f) => f.faqs.push(faq('again')));
    expect(errors).toEqual([expect.objectContaining({ code: 'faq-question-on-two-pages', file: 'content/faq/again.mdx' })]);
    expect(errors[0]!.message).toContain('content/faq/billing.mdx:');
    expect(errors[0]!.hint).toContain('/faq/billing/#is-there-a-trial');
  });

  it('reports a `#` heading (the title comes from the frontmatter) and an unknown category or section', () => {
    const { errors } = check((f) => {
      f.faqs.push(faq('titled', ['category: nope'], ['# A title', '', '## Q?', '', 'A.']));
      f.faqs.push(faq('placed', ['section: nowhere'], ['## R?', '', 'B.']));
    });
    expect(errors.map((e) => e.code).sort()).toEqual(['faq-h1', 'unknown-category', 'unknown-section']);
  });

  it('refuses a page that names both a category and a section (in the schema)', () => {
    const { errors } = parseCollection(COMMUNITY_COLLECTIONS.faqs, [faq('both', ['category: tracking', 'section: plans'])]);
    expect(errors[0]?.message).toContain('either `category` or `section`');
  });
});

describe('links written in FAQ, questions and answers', () => {
  it('finds Markdown and HTML links to the site, with their lines', () => {
    expect(internalLinks('See [a](/articles/x/) and <a href="/faq/y/#z">b</a>.\n[c](https://example.com) [d](//cdn.example/x)', 10)).toEqual([
      { target: '/articles/x/', line: 10, column: 9 },
      { target: '/faq/y/#z', line: 10, column: 36 },
    ]);
  });

  it('reports links to a missing article, FAQ page, FAQ question or community question at their lines', () => {
    const { files, errors } = check((f) => {
      f.answers.push(answer('overnight/links', ['question: overnight'], [
        'Read [refunds](/articles/refunds/) first.',
        'Then [nothing](/articles/no-such-article/).',
        'See [the FAQ](/faq/time/#no-such-question) and [another](/faq/gone/).',
        'Or [this question](/community/questions/missing/).',
      ]));
    });
    const file = find(files.answers, 'overnight/links');
    expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
      [file.path, lineIn(file, 'no-such-article'), 'the link /articles/no-such-article/ leads to no page of the site'],
      [file.path, lineIn(file, 'no-such-question'), 'the link /faq/time/#no-such-question names no question of /faq/time/'],
      [file.path, lineIn(file, '/faq/gone/'), 'the link /faq/gone/ leads to no FAQ page'],
      [file.path, lineIn(file, 'missing'), 'the link /community/questions/missing/ leads to no question'],
    ]);
    expect(errors[1]!.hint).toContain('#can-i-run-two-timers');
  });

  it('checks links from articles to FAQ answers too, and treats draft FAQ pages as missing', () => {
    const { errors } = check((f) => {
      f.faqs = f.faqs.map((x) => (x.path.endsWith('time.mdx') ? { ...x, text: x.text.replace('category: tracking', 'category: tracking\ndraft: true') } : x));
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/articles/refunds.mdx', message: 'the link /faq/time/#can-i-run-two-timers leads to no FAQ page' })]);
  });
});

describe('closeMatches', () => {
  it('suggests names a typo or two away, or containing the one written, nearest first', () => {
    expect(closeMatches('genral', ['general', 'generic', 'billing'])).toEqual(['general']);
    expect(closeMatches('time', ['time-tracking', 'timer', 'invoicing'])).toEqual(['time-tracking', 'timer']);
    expect(closeMatches('split-a-meeting-between-clients', ['split-a-meeting-between-two-clients', 'overnight'])).toEqual(['split-a-meeting-between-two-clients']);
    expect(closeMatches('zzz', ['general'])).toEqual([]);
  });
});
