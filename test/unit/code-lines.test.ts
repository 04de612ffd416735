import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { refractor } from 'refractor';
import { describe, expect, it } from 'vitest';
import { markLines, splitLines } from '../../src/lib/content-components/code-lines';
import { rehypeHighlightCode } from '../../src/markdown/rehype-highlight-code';

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (className: string, children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: { className: [className] }, children });
const textOf = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes }).replace(/<[^>]+>/g, '');

describe('splitLines', () => {
  it('cuts a token that spans lines into one piece per line, each keeping its classes', () => {
    const lines = splitLines([text('a '), span('comment', [text('/* one\ntwo */')]), text('\nb')]);
    expect(lines.map((l) => toHtml({ type: 'root', children: l }))).toEqual([
      'a <span class="comment">/* one</span>',
      '<span class="comment">two */</span>',
      'b',
    ]);
  });
});

describe('markLines', () => {
  it('wraps every line and marks the chosen ones, keeping the code exactly', () => {
    const code = refractor.highlight('const a = 1;\n/* x\ny */\nlet b;\n', 'js').children as ElementContent[];
    const marked = markLines(code, [2, 4]);
    expect(textOf(marked)).toBe(textOf(code));
    const html = toHtml({ type: 'root', children: marked });
    expect(html.match(/<(span|mark) class="code-line">/g)).toEqual(['<span class="code-line">', '<mark class="code-line">', '<span class="code-line">', '<mark class="code-line">']);
    expect(html).not.toMatch(/style=/);
  });
});

describe('rehypeHighlightCode', () => {
  const block = (meta?: string): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-js'], ...(meta ? { metastring: meta } : {}) }, children: [text('let a;\nlet b;\n')] }] }],
  });

  it('hands an MDX code block to the CodeBlock component with its title, and marks its lines', () => {
    const tree = block('title="app.js" {2}');
    rehypeHighlightCode()(tree, { path: '/x/content/articles/a.mdx' } as never);
    const frame = tree.children[0] as unknown as { type: string; name: string; attributes: { name: string; value: string }[]; children: Element[] };
    expect(frame).toMatchObject({ type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: [{ name: 'title', value: 'app.js' }] });
    const html = toHtml(frame.children[0]!);
    expect(html).toContain('<pre tabindex="0" class="language-js" data-language="js">');
    expect(html).toContain('<mark class="code-line"><span class="token keyword">let</span> b');
    expect(html).not.toContain('metastring');
  });

  it('leaves a plain Markdown file\'s block a <pre>, highlighted', () => {
    const tree = block();
    rehypeHighlightCode()(tree, { path: '/x/README.md' } as never);
    expect((tree.children[0] as Element).tagName).toBe('pre');
    expect(toHtml(tree)).toContain('<span class="token keyword">let</span>');
  });
});
