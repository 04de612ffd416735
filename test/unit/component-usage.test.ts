import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { componentUses, snippetIncludesInText, platformsThroughSnippets, snippetCycle, usageOf, type ContentUsage } from '../../src/lib/content-components/usage';

describe('componentUses', () => {
  it('lists every component with its literal props, at file lines', () => {
    const uses = componentUses(parseBody('Text\n\n<Snippet id="a" />\n\n<Video youtube="Lrkspr-tmr1" title="T" />\n\nPress <Kbd>Esc</Kbd> or <b>x</b>.'), 10);
    expect(uses).toEqual([
      { name: 'Snippet', props: { id: 'a' }, line: 13, column: 1 },
      { name: 'Video', props: { youtube: 'Lrkspr-tmr1', title: 'T' }, line: 15, column: 1 },
      { name: 'Kbd', props: {}, line: 17, column: 7 },
    ]);
    expect(usageOf(uses)).toEqual({ snippets: ['a'], videoPlatforms: ['youtube'] });
  });
});

describe('following snippets', () => {
  const usages: Record<string, ContentUsage> = {
    a: { snippets: ['b'], videoPlatforms: [] },
    b: { snippets: ['c'], videoPlatforms: ['vimeo'] },
    c: { snippets: ['a'], videoPlatforms: [] },
    d: { snippets: [], videoPlatforms: ['youtube'] },
    self: { snippets: ['self'], videoPlatforms: [] },
  };
  const of = (id: string) => usages[id];

  it('finds the video platforms of a page through the snippets it includes, even round a circle', () => {
    expect(platformsThroughSnippets({ snippets: ['a', 'd', 'unknown'], videoPlatforms: [] }, of)).toEqual(['vimeo', 'youtube']);
    expect(platformsThroughSnippets({ snippets: [], videoPlatforms: ['youtube'] }, of)).toEqual(['youtube']);
  });

  it('names the circle a snippet closes, direct or not', () => {
    expect(snippetCycle('a', of)).toEqual(['a', 'b', 'c', 'a']);
    expect(snippetCycle('self', of)).toEqual(['self', 'self']);
    expect(snippetCycle('d', of)).toBeUndefined();
  });
});

describe('snippetIncludesInText', () => {
  it('finds the includes a parse would find, at their lines, and none in code', () => {
    const body = [
      'Intro <Snippet id="inline" /> text.',
      '',
      '<Snippet id=\'single\' />',
      '',
      '```mdx',
      '<Snippet id="in-a-fence" />',
      '```',
      '',
      'Written as `<Snippet id="in-code" />` in a sentence.',
      '',
      '<Snippet',
      '  id="next-line" />',
    ].join('\n');
    const found = snippetIncludesInText(body, 6);
    expect(found.map((u) => [u.props.id, u.line, u.column])).toEqual([['inline', 7, 7], ['single', 9, 1], ['next-line', 17, 1]]);
    const parsed = componentUses(parseBody(body), 6).filter((u) => u.name === 'Snippet').map((u) => u.props.id);
    expect(parsed).toEqual(found.map((u) => u.props.id));
  });
});
