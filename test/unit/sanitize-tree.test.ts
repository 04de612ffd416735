import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { sanitizeContentTree } from '../../src/lib/security/sanitize-tree';

/** The HTML tree MDX makes of a body (with its JSX nodes), as the rehype stage sees it. */
async function hastOf(body: string): Promise<Root> {
  let tree: Root | undefined;
  await compile(body, { rehypePlugins: [() => (t: Root) => void (tree = structuredClone(t))] });
  return tree!;
}

/** The sanitised tree as HTML, components shown as <Name>…</Name>. */
async function sanitized(body: string): Promise<string> {
  const clean = sanitizeContentTree(await hastOf(body));
  const show = (node: any): any => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      return { type: 'element', tagName: `x-${node.name}`, properties: Object.fromEntries(node.attributes.map((a: any) => [a.name, a.value])), children: node.children.map(show) };
    }
    return 'children' in node ? { ...node, children: node.children.map(show) } : node;
  };
  return toHtml(show(clean));
}

describe('sanitizeContentTree', () => {
  it('keeps Markdown, allowed HTML and our components as they are', async () => {
    const html = await sanitized('Text with [a link](/x/) and <kbd>Ctrl</kbd>.\n\n<SupportHours channel="chat" />');
    expect(html).toContain('<a href="/x/">a link</a>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<x-SupportHours channel="chat"></x-SupportHours>');
  });

  it('removes what the check refuses, should it ever get this far', async () => {
    const html = await sanitized([
      '<img src="x" onerror="alert(1)" alt="x" />', '', '[click](javascript:alert(1))', '',
      '<a href="java&#x09;script:alert(1)">tab</a>', '', '<span style="position:fixed" id="contact-config">x</span>', '',
      '<img name="getElementById" src="y" alt="" />', '',
      '<iframe src="https://evil.example" />', '', 'a {1 + 1} b',
    ].join('\n'));
    expect(html).not.toMatch(/onerror|javascript|style=|iframe|contact-config|getElementById/i);
    expect(html).toContain('<img src="x" alt="x">');
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('a  b');
  });

  it('sanitises what sits inside a component too', async () => {
    const html = await sanitized('<Callout>\n\n<img src="x" onerror="alert(1)" alt="" />\n\n</Callout>');
    expect(html).toMatch(/<x-Callout><img src="x" alt=""><\/x-Callout>/);
  });
});
