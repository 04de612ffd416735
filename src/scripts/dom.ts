import type { MessagePart } from '../lib/i18n/messages';
import type { SummaryPart } from '../lib/search/facets';

/** Makes an element with attributes and children; text children become text nodes, never HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Words that quote the visitor, as nodes: their own words in a <q>, as text. */
export function quotedText(doc: Document, parts: readonly SummaryPart[]): (Node | string)[] {
  return parts.map((p) => (typeof p === 'string' ? p : element(doc, 'q', {}, p.quoted)));
}

/**
 * A message's parts as nodes, each slot filled with the element given for it: the words around
 * a link or a button stay in the order the language puts them.
 */
export function messageNodes(parts: readonly MessagePart[], elements: Record<string, Node>): (Node | string)[] {
  return parts.map((p) => (typeof p === 'string' ? p : (elements[p.slot] ?? '')));
}
