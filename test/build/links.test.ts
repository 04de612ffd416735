import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, outDir, ROOT, TEST_OUTPUT } from '../support/sites';
import { readPage } from '../support/html';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { headingIdsOf } from '../../src/lib/content/body-links';

/**
 * Links that cannot break: a writer may link to another file by its path, as the repository's
 * web editor previews it, and the build turns it into the page's address; every link (relative
 * ones resolved against their page) must reach a page, and a #heading must be one that page has.
 */
describe('a link to another file by its path', () => {
  let built: { status: number | null; output: string };
  let dir = '';
  beforeAll(() => {
    dir = brokenCopy('file-links', (d) => {
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', 'See [the table](./table-of-contents.mdx#second-heading) and [its start](table-of-contents.mdx). Subsections have');
    });
    built = buildSite(dir, `${TEST_OUTPUT}/mistakes/file-links-dist`);
  });

  it('becomes the address of that file\'s page, its heading kept', () => {
    expect(built.status, built.output).toBe(0);
    const html = fs.readFileSync(path.join(ROOT, `${TEST_OUTPUT}/mistakes/file-links-dist/articles/advanced-topic/index.html`), 'utf8');
    expect(html).toContain('href="/articles/table-of-contents/#second-heading"');
    expect(html).toContain('href="/articles/table-of-contents/"');
    expect(html).not.toContain('table-of-contents.mdx');
  });
});

describe('links that lead nowhere', () => {
  let built: { status: number | null; output: string };
  let file = '';
  beforeAll(() => {
    const dir = brokenCopy('dead-links', (d) => {
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', [
        'See [a heading](/articles/table-of-contents/#no-such-heading),',
        '[a relative page](../no-such-article/),',
        '[a missing file](./no-such-file.mdx)',
        'and [a good heading](../table-of-contents/#first-heading). Subsections have',
      ].join('\n'));
    });
    file = `${dir}/articles/advanced-topic.mdx`;
    built = buildSite(dir, `${TEST_OUTPUT}/mistakes/dead-links-dist`);
  });

  it('fail the build', () => {
    expect(built.status).not.toBe(0);
  });

  it('name a heading the target page does not have, at the writer\'s line, with how anchors are made', () => {
    expect(built.output).toContain(`${file}:${lineOf(file, 'no-such-heading')}:17: the link /articles/table-of-contents/#no-such-heading names no heading of /articles/table-of-contents/`);
    expect(built.output).toContain('"## Set up billing" → #set-up-billing');
  });

  it('resolve a relative link against its page before judging it', () => {
    expect(built.output).toContain(`${file}:${lineOf(file, 'no-such-article')}:19: the link ../no-such-article/ (/articles/no-such-article/) leads to no page of the site`);
    expect(built.output).not.toContain('../table-of-contents/#first-heading');
  });

  it('say a file link names no content file', () => {
    expect(built.output).toContain(`${file}:${lineOf(file, 'no-such-file')}:18: the link ./no-such-file.mdx names no content file`);
  });
});

describe('heading anchors known before the build', () => {
  it('are the ids the build gives the headings of every article of the example', () => {
    const folder = path.join(ROOT, 'content/articles');
    const files = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(30);
    let headings = 0;
    for (const file of files) {
      const { body, yaml } = splitFrontmatter(fs.readFileSync(path.join(folder, file), 'utf8'));
      if (/^draft: true$/m.test(yaml ?? '')) continue;
      const slug = path.basename(file, '.mdx');
      const built = readPage(outDir('example'), `/articles/${slug}/`).querySelectorAll('.prose :is(h2, h3, h4, h5, h6)').filter((h) => h.getAttribute('id') !== 'footnote-label').map((h) => h.getAttribute('id'));
      expect(headingIdsOf(parseBody(body)), file).toEqual(built);
      headings += built.length;
    }
    expect(headings).toBeGreaterThan(100);
  });
});
