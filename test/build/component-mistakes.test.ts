import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/html';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, TEST_OUTPUT } from '../support/sites';

/**
 * A writer's mistakes with components and snippets fail the build at their file, line and
 * column, with how to fix them; a snippet no page uses and a quote that only looks like an
 * alert are warnings, and the site still builds. Each scenario breaks a copy of the fixture
 * site the way a writer would, and builds it.
 */

/** The column of `needle` on the line where it first appears. */
const columnOf = (file: string, needle: string) => fs.readFileSync(file, 'utf8').split('\n').find((l) => l.includes(needle))!.indexOf(needle) + 1;

describe('a content folder with component and snippet mistakes', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  let page = '';
  const at = (file: string, needle: string, column = 1) => `${file}:${lineOf(file, needle)}:${column}: `;
  beforeAll(() => {
    dir = brokenCopy('components', (d) => {
      const article = `${d}/articles/components.mdx`;
      edit(article, '<Callout type="warning">', '<Callout type="danger">');
      edit(article, '<Figure src="diagrams/flow.png" alt=', '<Figure src="diagrams/flw.png" alt=');
      edit(article, '<Download file="/downloads/client-import-template.csv" title=', '<Download file="/downloads/client-import.csv" title=');
      edit(article, '<Video src="/videos/start-a-timer.webm" track="/videos/start-a-timer.en.vtt" title="A video file" />', '<Video src="/videos/start-a-timer.webm" title="A video file" />');
      edit(article, '1. First step.', '- First step.');
      edit(article, '<TabItem label="Monthly">', '<TabItem label="Windows">');
      edit(article, '<Snippet id="shared-answer" />', '<Snippet id="shared-answr" />');
      edit(article, '```js title="app.js" {2,4-5}', '```js title="app.js" {2,9}');
      edit(`${d}/snippets/nested-line.mdx`, 'inside a snippet.', 'inside a snippet.\n\n<Snippet id="shared-answer" />');
      fs.writeFileSync(`${d}/snippets/headed.mdx`, 'Intro.\n\n## A heading\n');
      fs.writeFileSync(`${d}/snippets/unused.mdx`, 'Nobody includes me.\n');
      fs.copyFileSync(`${d}/images/diagrams/flow.png`, `${d}/images/Screenshot 1.png`);
      fs.writeFileSync(`${d}/images/logo.svg`, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    });
    page = `${dir}/articles/components.mdx`;
    result = buildSite(dir, `${TEST_OUTPUT}/mistakes/components-dist`);
  });

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('names a prop that is not valid at its attribute, with the values it may take', () => {
    expect(result.output).toContain(`${at(page, '<Callout type="danger">', 10)}\`<Callout type="danger">\` is not valid\n    → use one of note, tip, important, warning, caution`);
  });

  it('names an image, a download and a captions file that do not exist, with the closest one', () => {
    expect(result.output).toContain(`${at(page, 'diagrams/flw.png', columnOf(page, 'src="diagrams/flw.png"'))}\`<Figure src="diagrams/flw.png">\` is not valid\n    → ${dir}/images/diagrams/flw.png does not exist: did you mean "diagrams/flow.png"?`);
    expect(result.output).toContain(`${at(page, 'client-import.csv', columnOf(page, 'file="/downloads/client-import.csv"'))}\`<Download file="/downloads/client-import.csv">\` is not valid\n    → public/downloads/client-import.csv does not exist: did you mean "/downloads/client-import-template.csv"?`);
    expect(result.output).toContain(`${at(page, 'title="A video file"')}\`<Video>\` needs the prop \`track\`\n    → a video file needs captions: write them as a WebVTT file under public/ and give it as track="/videos/….vtt"`);
  });

  it('refuses content a component cannot hold', () => {
    expect(result.output).toContain(`${at(page, '- First step.')}\`<Steps>\` must hold one numbered list and nothing else, but it holds a bulleted list`);
    expect(result.output).toMatch(new RegExp(`components\\.mdx:${lineOf(page, 'Unsynced, but also') - 1}:1: two tabs of this \`<Tabs>\` are labelled "Windows"`));
  });

  it('names an unknown snippet at its id, with the closest one', () => {
    expect(result.output).toContain(`${at(page, 'shared-answr', 10)}\`<Snippet id="shared-answr">\` is not valid\n    → no snippet is called "shared-answr": did you mean "shared-answer"? snippets are the files of ${dir}/snippets/`);
  });

  it('refuses a snippet that includes itself through another, at the include that closes the circle', () => {
    const nested = `${dir}/snippets/nested-line.mdx`;
    const shared = `${dir}/snippets/shared-answer.mdx`;
    expect(result.output).toContain(`${at(nested, '<Snippet id="shared-answer" />')}the snippet "nested-line" includes itself through "shared-answer": nested-line → shared-answer → nested-line\n    → a snippet cannot include itself, directly or through others: remove this <Snippet id="shared-answer" />, or the <Snippet id="nested-line" /> in ${shared}`);
    expect(result.output).toContain(`${at(shared, '<Snippet id="nested-line" />')}the snippet "shared-answer" includes itself through "nested-line"`);
  });

  it('refuses a heading in a snippet, and marked lines a code block does not have', () => {
    expect(result.output).toContain(`${dir}/snippets/headed.mdx:3:1: a snippet cannot hold a heading`);
    expect(result.output).toContain(`${at(page, '```js title="app.js" {2,9}')}the code block's \`title="app.js" {2,9}\` cannot be read: line 9 is marked, but the block has 5 lines`);
  });

  it('names images of content/images/ it cannot publish', () => {
    expect(result.output).toContain(`${dir}/images/Screenshot 1.png:1:1: the image's name "Screenshot 1" must be lower-case letters, digits and single hyphens`);
    expect(result.output).toContain(`${dir}/images/logo.svg:1:1: this image is not published: SVG files can carry scripts`);
  });

  it('warns, in the same report, about a snippet no page shows', () => {
    expect(result.output).toContain(`${dir}/snippets/unused.mdx:1:1: warning: the snippet "unused" appears on no page: no article, FAQ page or post includes it`);
  });
});

describe('a content folder with only warnings', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  const out = `${TEST_OUTPUT}/mistakes/warnings-dist`;
  beforeAll(() => {
    dir = brokenCopy('warnings', (d) => {
      fs.writeFileSync(`${d}/snippets/unused.mdx`, '---\ntitle: Not used yet\n---\n\nNobody includes me.\n');
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', '> [!DANGER]\n> Careful.\n\nSubsections have');
      edit(`${d}/snippets/shared-answer.mdx`, 'Shared words from a snippet', 'Changed words from a snippet');
    });
    result = buildSite(dir, out);
  });

  it('builds the site, printing each warning as file:line:column: warning: …', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/\d+ warnings in content\/ \(the site still builds\):/);
    // The fixture's two dozen numbered articles nothing links to are one line, not two dozen.
    expect(result.output).toMatch(/\n\d+ × unlinked-article: no other article, FAQ answer or community post links here[^\n]*, and \d+ more like it \(`npm run check` lists each with its line\)/);
    expect(result.output).toContain(`${dir}/snippets/unused.mdx:1:1: warning: the snippet "unused" appears on no page: no article, FAQ page or post includes it\n    → include it with <Snippet id="unused" /> where it belongs, or delete the file if no page needs it any more`);
    const article = `${dir}/articles/advanced-topic.mdx`;
    expect(result.output).toContain(`${article}:${lineOf(article, '[!DANGER]')}:1: warning: [!DANGER] is not an alert type, so this shows as an ordinary quote\n    → the alert types are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]`);
  });

  it('shows a quote that is not an alert as a quote', () => {
    expect(readPage(out, '/articles/advanced-topic/').querySelector('.prose blockquote')!.textContent).toContain('[!DANGER]');
  });

  it('changes every page that includes a snippet when the snippet changes, its structured data too', () => {
    for (const url of ['/articles/components/', '/faq/edge-cases/']) {
      const html = readPage(out, url);
      expect(html.querySelector('[data-pagefind-body]')!.textContent, url).toContain('Changed words from a snippet');
      expect(html.querySelector('[data-pagefind-body]')!.textContent, url).not.toContain('Shared words');
    }
    expect(fs.readFileSync(`${out}/faq/edge-cases/index.html`, 'utf8')).toContain('Changed words from a snippet, with Ctrl+K and a Beta.');
  });
});
