import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, TEST_OUTPUT } from '../support/sites';

/**
 * A writer's mistakes fail the build with `file:line: what is wrong` and a fix.
 * Each scenario copies the valid fixture site, breaks it the way a writer would, and builds.
 */
describe('a content folder with many mistakes at once', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  beforeAll(() => {
    dir = brokenCopy('many', (d) => {
      edit(`${d}/articles/hostile-title.mdx`, 'created: 2026-01-15', 'created: someday');
      edit(`${d}/articles/table-of-contents.mdx`, 'section: start', 'section: strat');
      edit(`${d}/articles/advanced-topic.mdx`, 'author: robin', 'author: nobody');
      edit(`${d}/articles/many/item-01.mdx`, 'title:', 'tittle:');
      edit(`${d}/sections/many.yaml`, 'category: edge-cases', 'category: ghost');
      fs.copyFileSync(`${d}/articles/many/item-02.mdx`, `${d}/articles/item-02.mdx`);
      edit(`${d}/articles/many/item-03.mdx`, 'This is article number', 'A brace { that never closes. This is article number');
    });
    result = buildSite(dir, `${TEST_OUTPUT}/mistakes/many-dist`);
  });

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('names the file, the line and the field of a bad frontmatter value', () => {
    const file = `${dir}/articles/hostile-title.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'created:')}:1: \`created\` is not valid`);
    expect(result.output).toContain('YYYY-MM-DD');
  });

  it('reports an unknown section at its line, suggesting the closest one', () => {
    const file = `${dir}/articles/table-of-contents.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'section:')}:1: \`section: strat\` names no section`);
  });

  it('reports an unknown author and an unknown category', () => {
    expect(result.output).toMatch(/advanced-topic\.mdx:\d+:1: `author: nobody` names no author/);
    expect(result.output).toContain(`${dir}/sections/many.yaml:3:1: \`category: ghost\` names no category`);
    expect(result.output).toContain('create content/categories/ghost.yaml');
  });

  it('reports a misspelt field with the list of valid ones', () => {
    expect(result.output).toMatch(/item-01\.mdx:2:1: unknown field `tittle` in articles/);
    expect(result.output).toMatch(/the fields are: title, description, section/);
  });

  it('reports both files of a duplicate slug', () => {
    expect(result.output).toContain(`${dir}/articles/item-02.mdx:1:1: the articles slug "item-02" is used by 2 files`);
    expect(result.output).toContain(`${dir}/articles/many/item-02.mdx:1:1: the articles slug "item-02"`);
  });

  it('reports an MDX syntax error at its line with a fix', () => {
    const file = `${dir}/articles/many/item-03.mdx`;
    expect(result.output).toMatch(new RegExp(`${file}:${lineOf(file, 'A brace {')}:\\d+: MDX syntax error`));
    expect(result.output).toContain('write \\{ for a literal brace');
  });
});

describe('a broken link in an article', () => {
  it('fails the build at the line of the link', () => {
    const dir = brokenCopy('broken-link', (d) => {
      edit(`${d}/articles/table-of-contents.mdx`, 'Some text.', 'See [the missing page](/articles/no-such-article/).');
    });
    const result = buildSite(dir, `${TEST_OUTPUT}/mistakes/broken-link-dist`);
    expect(result.status).not.toBe(0);
    const file = `${dir}/articles/table-of-contents.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, 'no-such-article')}:24: the link /articles/no-such-article/ leads to no page of the site`);
  });

  it('fails the build when a published article links to a draft', () => {
    const dir = brokenCopy('link-to-draft', (d) => {
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', 'Read [the draft](/articles/unfinished/). Subsections have');
    });
    const result = buildSite(dir, `${TEST_OUTPUT}/mistakes/link-to-draft-dist`);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/advanced-topic\.mdx:\d+:\d+: the link \/articles\/unfinished\/ leads to no page/);
  });
});
