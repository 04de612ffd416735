import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readAlert } from '../lib/content-components/callout';

/**
 * GitHub's alert syntax in plain Markdown, `> [!WARNING]` on a quote's first line, becomes the
 * `<Callout type="warning">` component, with the rest of the quote as its content: one component
 * renders both, so they give the same HTML. Being a component, it is set aside by the sanitiser
 * like any other and drawn by us. A quote that merely looks like an alert stays a quote (the
 * content check warns about it).
 */
export function remarkAlerts() {
  return (tree: Root, file: VFile) => {
    // Only MDX compiles components; plain .md files keep their quotes.
    if (!file.path?.endsWith('.mdx')) return;
    visit(tree, 'blockquote', (quote, index, parent) => {
      const alert = readAlert(quote);
      if (alert?.kind !== 'alert' || !parent || index === undefined) return;
      const callout: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Callout',
        attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: alert.type }],
        children: alert.children,
        position: quote.position,
      };
      parent.children[index] = callout;
    });
  };
}
