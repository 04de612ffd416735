import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { inlineSnippets } from '../../src/lib/content-components/snippet-text';
import { plainText } from '../../src/lib/faq/extract';
import { translatorFor } from '../../src/i18n';
import { componentText } from '../../src/schemas/content-components';

const en = translatorFor('en');
const textOf = (name: string, props: Record<string, string | true>) => componentText(name, props, en);

const snippets: Record<string, Root> = {
  outer: parseBody('Outer words.\n\n<Snippet id="inner" />'),
  inner: parseBody('Inner words with <Badge text="Beta" />.'),
  loop: parseBody('Loop.\n\n<Snippet id="loop" />'),
};

describe('inlineSnippets', () => {
  it('puts each snippet\'s content in place of its tag, snippets inside snippets too, in a copy', () => {
    const page = parseBody('Before.\n\n<Snippet id="outer" />\n\nAfter.');
    const text = plainText(inlineSnippets(page, (id) => snippets[id]), textOf);
    expect(text).toBe('Before.\n\nOuter words.\n\nInner words with Beta.\n\nAfter.');
    expect(plainText(page)).toBe('Before.\n\nAfter.');
  });

  it('reads a snippet that includes itself once, and an unknown one as nothing', () => {
    expect(plainText(inlineSnippets(parseBody('<Snippet id="loop" />\n\n<Snippet id="nope" />'), (id) => snippets[id]))).toBe('Loop.');
  });
});

describe('componentText', () => {
  it('gives the words a component shows from its props', () => {
    expect(textOf('Callout', { type: 'warning' })).toBe('Warning');
    expect(textOf('Callout', { type: 'tip', title: 'Faster' })).toBe('Tip: Faster');
    expect(textOf('Kbd', { keys: 'Ctrl + K' })).toBe('Ctrl+K');
    expect(textOf('Figure', { src: 'a.png', alt: 'A', caption: 'Cap.', zoom: true })).toBe('Cap. Open full size image: A');
    expect(textOf('Steps', {})).toBeUndefined();
    expect(componentText('Callout', { type: 'tip', title: 'Schneller' }, translatorFor('de'))).toBe('Tipp: Schneller');
  });
});
