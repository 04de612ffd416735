import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, TEST_OUTPUT } from '../support/sites';

/**
 * A writer's mistakes in the FAQ and the community Q&A fail the build with `file:line: what
 * is wrong` and a fix. Each scenario copies the valid fixture site, breaks it the way a writer
 * would, and builds it.
 */
describe('a community with every kind of mistake at once', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  const answers = () => `${dir}/community/answers`;
  const questions = () => `${dir}/community/questions`;
  beforeAll(() => {
    dir = brokenCopy('community-many', (d) => {
      edit(`${d}/community/answers/pinned-question/sam.mdx`, 'question: pinned-question', 'question: pinned-qestion');
      edit(`${d}/community/answers/tied-votes/sam-first.mdx`, 'votes: 5', 'votes: 5\naccepted: true');
      edit(`${d}/community/questions/unanswered-question.mdx`, 'topic: general', 'topic: genral');
      edit(`${d}/community/answers/chain-end/robin.mdx`, 'author: robin', 'author: nobody');
      edit(`${d}/community/questions/chain-middle.mdx`, 'duplicateOf: chain-end', 'duplicateOf: chain-nowhere');
      edit(`${d}/community/questions/pinned-question.mdx`, 'pinned: true', 'pinned: true\nduplicateOf: tied-votes');
      edit(`${d}/community/questions/tied-votes.mdx`, 'votes: 3', 'votes: 3\nduplicateOf: pinned-question');
      edit(`${d}/faq/basics-faq.mdx`, /^## /gm, '');
      edit(`${d}/community/answers/hostile-title-question/robin.mdx`, '/articles/hostile-title/', '/articles/no-such-article/');
    });
    result = buildSite(dir, `${TEST_OUTPUT}/mistakes/community-many-dist`);
  }, 120_000);

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('reports an answer whose question does not exist, at its `question:` line', () => {
    const file = `${answers()}/pinned-question/sam.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'question:')}:1: \`question: pinned-qestion\` names no question`);
    expect(result.output).toMatch(/use the file name \(without extension\) of a question in .*community\/questions\/, e\.g\. pinned-question/);
  });

  it('reports both accepted answers of one question, with how to keep one', () => {
    for (const name of ['sam-first', 'sam-accepted']) {
      const file = `${answers()}/tied-votes/${name}.mdx`;
      expect(result.output).toContain(`${file}:${lineOf(file, 'accepted:')}:1: the question "tied-votes" has 2 accepted answers`);
    }
    expect(result.output).toContain('keep `accepted: true` in the answer that solved it');
  });

  it('reports an unknown topic and an unknown author with the file to create', () => {
    const question = `${questions()}/unanswered-question.mdx`;
    expect(result.output).toContain(`${question}:${lineOf(question, 'topic:')}:1: \`topic: genral\` names no topic`);
    expect(result.output).toContain('e.g. general');
    const answer = `${answers()}/chain-end/robin.mdx`;
    expect(result.output).toContain(`${answer}:${lineOf(answer, 'author:')}:1: \`author: nobody\` names no author`);
    expect(result.output).toContain(`create ${dir}/authors/nobody.yaml`);
  });

  it('reports a `duplicateOf` that points nowhere and one that goes round in a circle', () => {
    const middle = `${questions()}/chain-middle.mdx`;
    expect(result.output).toContain(`${middle}:${lineOf(middle, 'duplicateOf:')}:1: \`duplicateOf: chain-nowhere\` names no question`);
    const pinned = `${questions()}/pinned-question.mdx`;
    expect(result.output).toContain(`${pinned}:${lineOf(pinned, 'duplicateOf:')}:1: \`duplicateOf\` goes round in a circle: pinned-question → tied-votes → pinned-question`);
    expect(result.output).toContain('remove `duplicateOf:` from one of these questions');
  });

  it('reports an FAQ page without questions, saying how to write one', () => {
    expect(result.output).toMatch(new RegExp(`${dir}/faq/basics-faq\\.mdx:\\d+: this FAQ page has no questions`));
    expect(result.output).toContain('write each question as a `## ` heading');
  });

  it('reports a broken link in an answer at the answer’s own line', () => {
    const file = `${answers()}/hostile-title-question/robin.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'no-such-article')}:58: the link /articles/no-such-article/ leads to no page of the site`);
  });
});

describe('a broken link in an FAQ page that only the built site can catch', () => {
  it('fails the build at the line of the link in the FAQ file', () => {
    const dir = brokenCopy('community-faq-link', (d) => {
      edit(`${d}/faq/basics-faq.mdx`, 'Yes, and it belongs', 'Yes ([see the category](/categories/no-such-category/)), and it belongs');
    });
    const result = buildSite(dir, `${TEST_OUTPUT}/mistakes/community-faq-link-dist`);
    expect(result.status).not.toBe(0);
    const file = `${dir}/faq/basics-faq.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'no-such-category')}:25: the link /categories/no-such-category/ leads to no page of the site`);
  });
});
