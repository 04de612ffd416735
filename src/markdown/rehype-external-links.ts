import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { isExternal } from '../lib/site/urls';

/** Gives every link that leaves the site rel="noopener", so the opened page cannot reach back through window.opener. */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternal(href)) return;
      const rel = new Set([...(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []), 'noopener']);
      node.properties.rel = [...rel];
    });
  };
}
