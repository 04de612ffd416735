/**
 * On the page a search result led to (its URL carries ?highlight=…), marks the searched words
 * inside the indexed content. Text is split into text nodes and <mark> elements; nothing from
 * the URL is ever parsed as HTML. Costs nothing on pages opened any other way.
 */
import { highlightRanges, highlightTerms } from '../../lib/search/highlight';
import { HIGHLIGHT_PARAM } from '../../lib/search/results';

const SKIP = 'script, style, textarea, input, select, [data-pagefind-ignore], mark';

export function highlightSearchedWords(doc: Document): void {
  const query = new URLSearchParams(doc.defaultView?.location.search ?? '').get(HIGHLIGHT_PARAM);
  const terms = highlightTerms(query ?? '');
  if (!terms.length) return;
  for (const root of doc.querySelectorAll<HTMLElement>('[data-pagefind-body]')) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const ranges = highlightRanges(text, terms);
      if (!ranges.length) continue;
      const parts: Node[] = [];
      let at = 0;
      for (const [start, end] of ranges) {
        if (start > at) parts.push(doc.createTextNode(text.slice(at, start)));
        const mark = doc.createElement('mark');
        mark.className = 'search-term';
        mark.textContent = text.slice(start, end);
        parts.push(mark);
        at = end;
      }
      if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
      node.replaceWith(...parts);
    }
  }
}
