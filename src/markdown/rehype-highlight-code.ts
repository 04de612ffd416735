import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { refractor } from 'refractor';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { markLines } from '../lib/content-components/code-lines';
import { parseCodeMeta } from '../lib/content-components/code-meta';

/** The component that draws a code block's frame: its title, its copy button (src/components/content/CodeBlock.astro). */
export const CODE_BLOCK_COMPONENT = 'CodeBlock';

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

/**
 * Code blocks: syntax highlighting with classes (Prism's token names, coloured by
 * src/styles/global.css) rather than inline styles, so that pages keep a Content-Security-Policy
 * without 'unsafe-inline' styles; the lines a writer marks (```js {2,4-5}) wrapped in <mark>;
 * and, in MDX, each block handed to the CodeBlock component with its title (```js title="app.js"),
 * which adds the copy button and its script to the pages that have code. Runs after the
 * sanitiser: what it adds is ours, not the writer's. The title and lines come from the
 * `metastring` Astro copies onto the code element.
 */
export function rehypeHighlightCode() {
  return (tree: Root, file?: VFile) => {
    const mdx = Boolean(file?.path?.endsWith('.mdx'));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      // A code block scrolls sideways on narrow screens: keyboard users must be able to reach it to scroll.
      node.properties.tabIndex ??= 0;
      if (!code) return;
      const language = classesOf(code).find((c) => c.startsWith('language-'))?.slice('language-'.length);
      const { meta } = parseCodeMeta(typeof code.properties.metastring === 'string' ? code.properties.metastring : undefined);
      delete code.properties.metastring;
      if (language && refractor.registered(language)) {
        const text = code.children.map((c) => ('value' in c ? c.value : '')).join('');
        code.children = refractor.highlight(text, language).children as ElementContent[];
        node.properties.className = [...new Set([...classesOf(node), `language-${language}`])];
        node.properties.dataLanguage = language;
      }
      if (meta.marked.length) code.children = markLines(code.children, meta.marked);
      if (!mdx || !parent || index === undefined) return SKIP;
      const attributes: MdxJsxAttribute[] = meta.title ? [{ type: 'mdxJsxAttribute', name: 'title', value: meta.title }] : [];
      const block: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: CODE_BLOCK_COMPONENT, attributes, children: [node] };
      parent.children[index] = block as unknown as ElementContent;
      return SKIP;
    });
  };
}
