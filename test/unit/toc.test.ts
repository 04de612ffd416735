import { describe, expect, it } from 'vitest';
import { currentHeading, tableOfContents, type Heading } from '../../src/lib/knowledge-base/toc';

const h = (depth: number, text: string): Heading => ({ depth, text, slug: text.toLowerCase().replaceAll(' ', '-') });

describe('tableOfContents', () => {
  it('nests h3 headings under the h2 before them', () => {
    const toc = tableOfContents([h(2, 'Before you start'), h(3, 'Permissions'), h(3, 'Currency'), h(2, 'Send it'), h(3, 'By email')], 4);
    expect(toc).toEqual([
      {
        slug: 'before-you-start', text: 'Before you start',
        children: [
          { slug: 'permissions', text: 'Permissions', children: [] },
          { slug: 'currency', text: 'Currency', children: [] },
        ],
      },
      { slug: 'send-it', text: 'Send it', children: [{ slug: 'by-email', text: 'By email', children: [] }] },
    ]);
  });

  it('returns nothing when there are fewer h2/h3 headings than the minimum', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'Two'), h(2, 'Three')], 4)).toEqual([]);
  });

  it('counts only h2 and h3 towards the minimum and leaves other depths out', () => {
    const headings = [h(1, 'Title'), h(2, 'A'), h(4, 'Deep'), h(2, 'B'), h(5, 'Deeper'), h(3, 'C')];
    expect(tableOfContents(headings, 4)).toEqual([]);
    const toc = tableOfContents(headings, 3);
    expect(toc.map((i) => i.text)).toEqual(['A', 'B']);
    expect(toc[1]?.children.map((i) => i.text)).toEqual(['C']);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    const toc = tableOfContents([h(3, 'Intro'), h(2, 'A'), h(3, 'A1')], 1);
    expect(toc.map((i) => i.text)).toEqual(['Intro', 'A']);
    expect(toc[1]?.children.map((i) => i.text)).toEqual(['A1']);
  });

  it('leaves out the footnotes heading the Markdown pipeline adds', () => {
    const headings = [h(2, 'A'), h(2, 'B'), h(2, 'C'), { depth: 2, slug: 'footnote-label', text: 'Footnotes' }];
    expect(tableOfContents(headings, 4)).toEqual([]);
    expect(tableOfContents(headings, 3).map((i) => i.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('currentHeading', () => {
  const headings = [{ id: 'a', top: -400 }, { id: 'b', top: 90 }, { id: 'c', top: 700 }];
  it('is the last heading that has passed the reading line', () => {
    expect(currentHeading(headings, 150)).toBe('b');
    expect(currentHeading(headings, 50)).toBe('a');
  });
  it('is the first heading before any has passed, and nothing without headings', () => {
    expect(currentHeading([{ id: 'a', top: 300 }, { id: 'b', top: 600 }], 150)).toBe('a');
    expect(currentHeading([], 150)).toBeUndefined();
  });
});
