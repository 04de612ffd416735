import type { Element, Root } from 'hast';
import { refractor } from 'refractor';
import { visit } from 'unist-util-visit';

/**
 * Syntax highlighting with classes (Prism's token names, coloured by src/styles/global.css)
 * rather than inline styles, so that pages keep a Content-Security-Policy without
 * 'unsafe-inline' styles. Runs after the sanitiser: what it adds is ours, not the writer's.
 */
export function rehypeHighlightCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      // A code block scrolls sideways on narrow screens: keyboard users must be able to reach it to scroll.
      if (node.tagName === 'pre') node.properties.tabIndex ??= 0;
      if (node.tagName !== 'code' || !parent || (parent as Element).tagName !== 'pre') return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      if (!language || !refractor.registered(language)) return;
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      node.children = refractor.highlight(text, language).children as Element['children'];
      const pre = parent as Element;
      pre.properties.className = [...new Set([...(Array.isArray(pre.properties.className) ? pre.properties.className.map(String) : []), `language-${language}`])];
      pre.properties.dataLanguage = language;
    });
  };
}
