import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, ROOT, TEST_OUTPUT } from '../support/sites';
import { CONTENT_COMPONENT_NAMES } from '../../src/schemas/content-components';

/**
 * Files a stranger might send in a pull request (test/fixtures/hostile/): every one is refused
 * by the content check, at its line and column, with what to write instead, before anything
 * of them is compiled. Nothing of them runs on the build machine: a canary value they try to
 * print appears nowhere.
 */
const DIR = 'test/fixtures/hostile';
const OUT = `${TEST_OUTPUT}/hostile`;
const CANARY = `canary-${process.pid}-${Date.now()}`;
const CANARY_FILE = path.join(os.tmpdir(), `help-center-canary-${process.pid}`);

let result: { status: number | null; output: string };
beforeAll(() => {
  fs.writeFileSync(CANARY_FILE, `${CANARY}-from-a-file`);
  fs.rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
  result = buildSite(DIR, OUT, { HELP_CENTER_CANARY: CANARY, HELP_CENTER_CANARY_FILE: CANARY_FILE });
});

/** The report line of an error: `file:line:column: message`, the line found by what it holds. */
const at = (file: string, needle: string, column: number) => `${DIR}/${file}:${lineOf(`${DIR}/${file}`, needle)}:${column}: `;

describe('a folder of hostile files', () => {
  it('fails the build, before a single page is written', () => {
    expect(result.status).not.toBe(0);
    expect(fs.existsSync(path.join(ROOT, OUT, 'index.html'))).toBe(false);
  });

  it('never runs them on the build machine: the canary is neither printed nor published', () => {
    expect(result.output).not.toContain(CANARY);
    const written = fs.existsSync(path.join(ROOT, OUT)) ? (fs.readdirSync(path.join(ROOT, OUT), { recursive: true }) as string[]) : [];
    for (const file of written) {
      const full = path.join(ROOT, OUT, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8'), file).not.toContain(CANARY);
    }
  });

  it('refuses imports, exports, expressions and spreads that would run at build time', () => {
    const f = 'articles/payloads/build-machine.mdx';
    expect(result.output).toContain(`${at(f, 'import {', 1)}\`import { readFileSync } from 'node:fs'\` is refused: an import runs code when the site is built\n    → remove the line: the help center's components (${CONTENT_COMPONENT_NAMES.join(', ')}) work without an import`);
    expect(result.output).toContain(`${at(f, 'Home:', 7)}the expression {process.env.HELP_CENTER_CANARY} is refused: it would run as JavaScript when the site is built`);
    expect(result.output).toContain(`${at(f, 'Host:', 7)}the expression {readFileSync(process.env.HELP_CENTER_CA…} is refused`);
    expect(result.output).toContain(`${at(f, '{...props}', 26)}the spread attribute {...props} on \`<img>\` is refused: it would run as JavaScript`);
    expect(result.output).toContain(`${at(f, 'export const', 1)}\`export const leak = process.env\` is refused: an export runs code when the site is built`);
  });

  it('refuses scripts in any letter case', () => {
    const f = 'articles/payloads/script.mdx';
    expect(result.output).toContain(`${at(f, '<script>', 1)}\`<script>\` is refused: a script would run in every visitor's browser; nothing in an article can run code\n    → describe the steps in words`);
    expect(result.output).toContain(`${at(f, '<SCRIPT>', 1)}\`<SCRIPT>\` is refused`);
  });

  it('refuses event handlers at the attribute', () => {
    const f = 'articles/payloads/event-handlers.mdx';
    expect(result.output).toContain(`${at(f, 'onerror', 14)}the attribute \`onerror\` on \`<img>\` is refused: event handlers run script in the visitor's browser\n    → remove it: nothing in an article can run code`);
    expect(result.output).toContain(`${at(f, 'OnMouseOver', 20)}the attribute \`OnMouseOver\` on \`<a>\` is refused`);
  });

  it('refuses javascript: and data: addresses, however they are disguised', () => {
    const f = 'articles/payloads/script-links.mdx';
    const hint = '    → links cannot run script: link to a page (https://… or /articles/…) instead';
    expect(result.output).toContain(`${at(f, '[click]', 1)}the link javascript:window.__pwned=1 is refused: javascript: addresses are not allowed\n${hint}`);
    expect(result.output).toContain(`${at(f, '[mixed]', 1)}the link JaVaScRiPt:window.__pwned=2 is refused`);
    expect(result.output).toContain(`${at(f, '[tab]', 1)}the link java\\tscript:window.__pwned=3 is refused: javascript: addresses are not allowed`);
    expect(result.output).toContain(`${at(f, 'anchor', 4)}\`href="javascript:window.__pwned=4"\` on \`<a>\` is refused`);
    expect(result.output).toContain(`${at(f, 'newline', 4)}\`href=" java\\nscript:window.__pwned=5"\` on \`<a>\` is refused: javascript: addresses are not allowed`);
    expect(result.output).toContain(`${at(f, '[data]', 1)}the link data:text/html,<script>alert(1)</script> is refused: data: addresses are not allowed\n    → put the file under public/`);
  });

  it('refuses frames, plug-ins, forms and styles', () => {
    const f = 'articles/payloads/frames-and-forms.mdx';
    expect(result.output).toContain(`${at(f, '<iframe', 1)}\`<iframe>\` is refused: an embedded frame loads another site inside the article\n    → link to the page instead`);
    expect(result.output).toContain(`${at(f, '<object', 1)}\`<object>\` is refused`);
    expect(result.output).toContain(`${at(f, '<embed', 1)}\`<embed>\` is refused`);
    expect(result.output).toContain(`${at(f, '<form', 1)}\`<form>\` is refused: a form would send visitors' input somewhere other than the help center\n    → link to the request form instead: [submit a request](/request/)`);
    expect(result.output).toContain(`${at(f, '<style>', 1)}\`<style>\` is refused`);
  });

  it('names an unknown component and an invalid prop before anything renders', () => {
    const f = 'articles/payloads/unknown-component.mdx';
    expect(result.output).toContain(`${at(f, '<SupportHour ', 8)}\`<SupportHour>\` is not one of the help center's components\n    → use SupportHours`);
    expect(result.output).toContain(`${at(f, 'nowhere', 15)}\`<SupportHours channel="nowhere">\` is not valid`);
  });

  it('reports an unclosed tag at its own line, in file lines', () => {
    const f = 'articles/payloads/unclosed-tag.mdx';
    const line = lineOf(`${DIR}/${f}`, '<div>');
    expect(result.output).toContain(`${DIR}/${f}:${line}:1: MDX syntax error: Expected a closing tag for \`<div>\` (line ${line}, column 1 to line ${line}, column 6)`);
  });

  it('refuses the same things in FAQ pages, community questions and answers', () => {
    expect(result.output).toContain(`${at('faq/hostile.mdx', 'onerror', 42)}the attribute \`onerror\` on \`<img>\` is refused`);
    expect(result.output).toContain(`${at('faq/hostile.mdx', '[Run]', 27)}the link javascript:window.__pwned=22 is refused`);
    const question = 'community/questions/general/hostile-question.mdx';
    expect(result.output).toContain(`${at(question, 'Hello', 7)}the expression {process.env.HELP_CENTER_CANARY} is refused`);
    expect(result.output).toContain(`${at(question, '<script>', 1)}\`<script>\` is refused`);
    const answer = 'community/answers/hostile-question/mallory.mdx';
    expect(result.output).toContain(`${at(answer, 'this fix', 8)}\`href="javascript:window.__pwned='answer'"\` on \`<a>\` is refused`);
    expect(result.output).toContain(`${at(answer, 'onError', 14)}the attribute \`onError\` on \`<img>\` is refused`);
  });

  it('names every file the build would otherwise skip without a word', () => {
    expect(result.output).toContain(`${DIR}/articles/payloads/notes.md:1:1: this file is not published: articles are .mdx files (Markdown with components), not .md\n    → rename it to notes.mdx`);
    expect(result.output).toContain(`${DIR}/articles/payloads/Caps.MDX:1:1: this file is not published: its extension ".MDX" must be written in lower case\n    → rename it to Caps.mdx`);
    expect(result.output).toContain(`${DIR}/articles/.hidden/x.mdx:1:1: this file is not published: it is inside the folder ".hidden", whose name starts with "."`);
    expect(result.output).toContain(`${DIR}/articles/company/Über uns.mdx:1:1: the name "Über uns" becomes part of a URL or a reference, so it must be lower-case letters, digits and single hyphens\n    → rename it: ${DIR}/articles/company/uber-uns.mdx (or keep the file name and set \`slug:\` in the frontmatter)`);
    expect(result.output).toContain(`${DIR}/community/answers/Bad Folder/mallory.mdx:1:1: the name "Bad Folder" becomes part of a URL`);
  });
});

describe('the same file in full trust', () => {
  it('does run on the build machine, which is why full trust is for trusted writers only (and why the canary test above can see it)', () => {
    const dir = `${TEST_OUTPUT}/mistakes/full-trust-build-machine`;
    fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'test/fixtures/hostile-full'), path.join(ROOT, dir), { recursive: true });
    const source = fs.readFileSync(path.join(ROOT, DIR, 'articles/payloads/build-machine.mdx'), 'utf8').replace('<img src="/a.png" alt="" {...props} />', '');
    fs.writeFileSync(path.join(ROOT, dir, 'articles/build-machine.mdx'), source);
    const out = `${dir}-dist`;
    const built = buildSite(dir, out, { HELP_CENTER_CANARY: CANARY, HELP_CENTER_CANARY_FILE: CANARY_FILE });
    expect(built.status, built.output).toBe(0);
    const page = fs.readFileSync(path.join(ROOT, out, 'articles/build-machine/index.html'), 'utf8');
    expect(page).toContain(CANARY);
    expect(page).toContain(`${CANARY}-from-a-file`);
  });
});

describe('a folder whose only problems are inside MDX bodies', () => {
  it('fails the build with every one of them, found as each file is parsed, and runs none', () => {
    const dir = brokenCopy('body-only', (d) => {
      edit(`${d}/articles/table-of-contents.mdx`, 'Some text.', 'Home is {process.env.HELP_CENTER_CANARY}.');
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', '<img src="x" onerror="alert(1)" alt="A chart" /> Subsections have');
      edit(`${d}/articles/many/item-04.mdx`, 'This is article number', '<div> This is article number');
    });
    const built = buildSite(dir, `${TEST_OUTPUT}/mistakes/body-only-dist`, { HELP_CENTER_CANARY: CANARY });
    expect(built.status).not.toBe(0);
    expect(built.output).not.toContain(CANARY);
    expect(built.output).toContain('3 problems in content/ must be fixed before the site can build');
    const toc = `${dir}/articles/table-of-contents.mdx`;
    expect(built.output).toContain(`${toc}:${lineOf(toc, 'Home is')}:9: the expression {process.env.HELP_CENTER_CANARY} is refused`);
    const advanced = `${dir}/articles/advanced-topic.mdx`;
    expect(built.output).toContain(`${advanced}:${lineOf(advanced, 'onerror')}:14: the attribute \`onerror\` on \`<img>\` is refused`);
    expect(built.output).toMatch(/item-04\.mdx:\d+:\d+: MDX syntax error: Expected a closing tag for `<div>`/);
    expect(fs.existsSync(path.join(ROOT, `${TEST_OUTPUT}/mistakes/body-only-dist/index.html`))).toBe(false);
  });
});

describe('a link that is not a valid address', () => {
  it('fails the build at the writer\'s line instead of crashing the link check', () => {
    const dir = brokenCopy('malformed-link', (d) => edit(`${d}/articles/table-of-contents.mdx`, 'Some text.', 'See [this](/articles/%zz/).'));
    const built = buildSite(dir, `${TEST_OUTPUT}/mistakes/malformed-link-dist`);
    expect(built.status).not.toBe(0);
    expect(built.output).not.toContain('URI malformed');
    const file = `${dir}/articles/table-of-contents.mdx`;
    expect(built.output).toContain(`${file}:${lineOf(file, '%zz')}:12: the link /articles/%zz/ is not a valid address: "%" must be followed by two hexadecimal digits`);
  });
});

describe('settings that would put a script link on every page', () => {
  it.each([
    ['contactLinks', (d: string) => edit(`${d}/settings.yaml`, 'href: https://calendar.example/support', 'href: "javascript:alert(1)"'), '`contactLinks.0.href` is not valid: javascript: addresses are not allowed here'],
    ['editUrl', (d: string) => edit(`${d}/settings.yaml`, 'editUrl: https://git.example/fixture/edit/main/{path}', 'editUrl: "javascript:alert(\'{path}\')"'), '`editUrl` is not valid: javascript: addresses are not allowed here'],
  ])('fail the build at the line of %s', (name, breakIt, message) => {
    const dir = brokenCopy(`setting-${name}`, breakIt);
    const built = buildSite(dir, `${TEST_OUTPUT}/mistakes/setting-${name}-dist`);
    expect(built.status).not.toBe(0);
    expect(built.output).toMatch(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/settings\\.yaml:\\d+:\\d+: ${message.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}`));
  });
});
