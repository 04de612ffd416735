/**
 * What the search indexer reads of a built page. Astro 7 compresses the HTML of components, so
 * blocks touch: `<caption>Hours</caption><thead><tr><th>Days</th>`; GFM tables come out the same
 * way. Pagefind separates words only at the blocks it knows (p, li, td, headings…), so "Hours"
 * and "Days" became one word, "HoursDays", that no visitor types. The indexer gets a copy with a
 * line break after every block's end tag; the served HTML is left as it is.
 */

/** Elements that end a line of text on screen. */
const BLOCK_END = /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\s*>/gi;

/** The page with a line break after each block end tag; inside <pre> the text is left untouched. */
export function indexableHtml(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre\s*>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BLOCK_END, (tag) => `${tag}\n`)))
    .join('');
}

/** The URL Pagefind gives a built file: "articles/x/index.html" → "/articles/x/". */
export function pageUrlOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Only the element with data-pagefind-body, in a bare document: what the indexer needs of a
 * page (its text, and the filter, meta and sort attributes that element carries), without the
 * header, footer, launcher and JSON-LD it would otherwise parse on every page and throw away.
 * A page without that element is returned as it is.
 */
export function searchableDocument(html: string, language: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker === -1) return html;
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
  if (!tag) return html;
  // The body element may hold elements of its own kind (an answer's <article> inside a question's).
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return `<!doctype html><html lang="${language}"><body>${html.slice(start, m.index + m[0].length)}</body></html>`;
  }
  return html;
}

/** The language a built page declares on its <html> element ("de"), if any. */
export function pageLanguageOf(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/i.exec(html.slice(0, 2000))?.[1];
}
