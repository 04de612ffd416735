import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCopy, edit } from '../support/mistakes';
import { buildSite, ROOT, TEST_OUTPUT } from '../support/sites';

/**
 * A rebuild copies unchanged pages from the cache (astro.config.mjs `experimental.incrementalBuild`,
 * keys from src/lib/site/page-cache-key.ts). What it produces must be what a build from nothing
 * produces: every file of both outputs is compared byte for byte.
 */
const OUT = `${TEST_OUTPUT}/incremental`;

/** Every file under a folder with its bytes, by path relative to it. */
function filesOf(dir: string): Map<string, Buffer> {
  const root = path.join(ROOT, dir);
  return new Map((fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(root, f))]));
}

/** The files whose bytes differ between two outputs, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = filesOf(a);
  const right = filesOf(b);
  return [...new Set([...left.keys(), ...right.keys()])].filter((f) => !left.get(f)?.equals(right.get(f) ?? Buffer.alloc(0)) || !right.has(f));
}

/**
 * Each page Astro lists ("├─ /path/index.html (+12ms)" or "… (restored)"). Rendering four pages
 * at a time, it writes some entries without a line break, the next one's timestamp right after
 * the path, so entries are found anywhere in a line.
 */
const listed = (output: string) =>
  [...output.matchAll(/├─ (\/\S+?\.html)(?=\d\d:\d\d:\d\d|\s|$)([^├\n]*)/g)].map((m) => ({ page: m[1]!, fromCache: /\((restored|cached)\)/.test(m[2]!) }));
/** The pages a build rendered (not restored from the cache). */
const rendered = (output: string) => listed(output).filter((e) => !e.fromCache).map((e) => e.page);
const restored = (output: string) => listed(output).filter((e) => e.fromCache).length;

function build(content: string, out: string) {
  const result = buildSite(content, out);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

describe('a rebuild after a change', () => {
  let content = '';
  beforeAll(() => {
    content = brokenCopy('incremental', () => {});
    // A cache from an earlier test run would make the first build a rebuild.
    for (const out of [`${OUT}/rebuilt`, `${OUT}/fresh`]) {
      fs.rmSync(path.join(ROOT, 'node_modules', `.astro-${out.replace(/[^a-z0-9]+/gi, '-')}`), { recursive: true, force: true });
    }
    build(content, `${OUT}/rebuilt`);
  });

  it('renders only the pages of a file whose text changed, and its output equals a build from nothing', () => {
    edit(path.join(ROOT, content, 'articles/advanced-topic.mdx'), 'Subsections have breadcrumbs of their own.', 'Subsections have breadcrumbs of their own, and this sentence is new.');
    edit(path.join(ROOT, content, 'snippets/nested-line.mdx'), 'A line from a snippet inside a snippet.', 'A changed line from a snippet inside a snippet.');
    const output = build(content, `${OUT}/rebuilt`);
    const pages = rendered(output);
    expect(pages).toContain('/articles/advanced-topic/index.html');
    // The snippet is included by the components article and by an FAQ page, through another snippet.
    expect(pages).toContain('/articles/components/index.html');
    expect(pages).toContain('/faq/edge-cases/index.html');
    expect(pages).not.toContain('/articles/table-of-contents/index.html');
    expect(restored(output)).toBeGreaterThan(pages.length * 4);
    expect(fs.readFileSync(path.join(ROOT, OUT, 'rebuilt/articles/advanced-topic/index.html'), 'utf8')).toContain('this sentence is new');

    build(content, `${OUT}/fresh`);
    expect(differences(`${OUT}/rebuilt`, `${OUT}/fresh`)).toEqual([]);
  });

  it('renders every page again when frontmatter that lists and headers read changes', () => {
    edit(path.join(ROOT, content, 'sections/advanced.yaml'), 'title: Advanced start', 'title: Advanced beginnings');
    const output = build(content, `${OUT}/rebuilt`);
    expect(restored(output)).toBe(0);
    expect(fs.readFileSync(path.join(ROOT, OUT, 'rebuilt/articles/advanced-topic/index.html'), 'utf8')).toContain('Advanced beginnings');
  });
});
