import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight';
import { pageTypesOf } from '../support/e2e';
import { outDir } from '../support/sites';

/**
 * What a visitor downloads before touching anything, per page type, gzipped. The budgets are
 * those a leading docs framework holds its pages to (CSS 16.75 kB, JS 27 kB); HTML gets room
 * for long articles and FAQ pages, whose JSON-LD repeats every answer.
 */
const BUDGET_KB = { html: 20, css: 16.75, js: 27 };
/**
 * An article, the page most visitors land on from a search engine, on a phone: HTML ≤ 12 kB,
 * CSS ≤ 10 kB, JavaScript ≤ 4 kB before any interaction (every script it loads, with what they
 * import statically; the search box's and the launcher's code come on first focus or click).
 */
const ARTICLE_BUDGET_KB = { html: 12, css: 10, js: 4 };

describe('page weight of the example site', () => {
  const pages = Object.entries(pageTypesOf('example')).filter(([type]) => type !== 'not found');

  it.each(pages)('the %s page stays within budget', (_type, url) => {
    const weight = pageWeight(outDir('example'), url.split('?')[0]!);
    expect(weight.html.gzip / 1024).toBeLessThanOrEqual(BUDGET_KB.html);
    expect(weight.css.gzip / 1024).toBeLessThanOrEqual(BUDGET_KB.css);
    expect(weight.js.gzip / 1024).toBeLessThanOrEqual(BUDGET_KB.js);
  });

  it.each(['/articles/create-your-workspace/', '/de/articles/arbeitsbereich-einrichten/', '/ar/articles/create-your-workspace/', pageTypesOf('example').article])('the article %s stays within the article budget', (url) => {
    const weight = pageWeight(outDir('example'), url);
    expect(weight.html.gzip / 1024).toBeLessThanOrEqual(ARTICLE_BUDGET_KB.html);
    expect(weight.css.gzip / 1024).toBeLessThanOrEqual(ARTICLE_BUDGET_KB.css);
    expect(weight.js.gzip / 1024).toBeLessThanOrEqual(ARTICLE_BUDGET_KB.js);
  });

  it('loads no search index or chat vendor code with the page', () => {
    const weight = pageWeight(outDir('example'), pageTypesOf('example').article);
    expect(weight.js.files.some((f) => f.startsWith('/pagefind/'))).toBe(false);
    expect(weight.js.raw).toBeGreaterThan(0);
  });
});
