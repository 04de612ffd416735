import { describe, expect, it } from 'vitest';
import { codeMetaProblems, parseCodeMeta } from '../../src/lib/content-components/code-meta';

describe('parseCodeMeta', () => {
  it('reads a title and marked lines, in either order and with either quote', () => {
    expect(parseCodeMeta('title="app.js" {2,4-5}')).toEqual({ meta: { title: 'app.js', marked: [2, 4, 5] }, problems: [] });
    expect(parseCodeMeta("{7} title='In Terminal'")).toEqual({ meta: { title: 'In Terminal', marked: [7] }, problems: [] });
    expect(parseCodeMeta(undefined)).toEqual({ meta: { marked: [] }, problems: [] });
    expect(parseCodeMeta('{3, 1-2, 2}').meta.marked).toEqual([1, 2, 3]);
  });

  it('names what it cannot read instead of guessing', () => {
    expect(parseCodeMeta('{5-2}').problems[0]).toMatch(/"5-2" is not a line or a range of lines/);
    expect(parseCodeMeta('{0}').problems[0]).toMatch(/numbers from 1/);
    expect(parseCodeMeta('{a}').problems[0]).toMatch(/"a" is not a line/);
    expect(parseCodeMeta('showLineNumbers').problems).toEqual(['`showLineNumbers` is not something a code block understands']);
    expect(parseCodeMeta('title=""').problems[0]).toMatch(/the title is empty/);
  });
});

describe('codeMetaProblems', () => {
  it('refuses a marked line the block does not have', () => {
    expect(codeMetaProblems('{3}', 'a\nb')).toEqual(['line 3 is marked, but the block has 2 lines']);
    expect(codeMetaProblems('{2}', 'a\nb')).toEqual([]);
  });
});
