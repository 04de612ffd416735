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
