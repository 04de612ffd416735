/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests h2 and h3 headings into a two-level table of contents, or returns nothing when the
 * article has fewer than `minHeadings` of them (a short article needs no table).
 */
/** Headings the Markdown pipeline adds itself (the footnotes' label), which are not part of the article's outline. */
const GENERATED_HEADINGS = new Set(['footnote-label']);

export function tableOfContents(headings: readonly Heading[], minHeadings: number): TocItem[] {
  const relevant = headings.filter((h) => (h.depth === 2 || h.depth === 3) && !GENERATED_HEADINGS.has(h.slug));
  if (relevant.length < minHeadings) return [];
  const items: TocItem[] = [];
  for (const h of relevant) {
    const item = { slug: h.slug, text: h.text, children: [] };
    const parent = items.at(-1);
    if (h.depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/**
 * The heading being read: the last one whose top has scrolled above `line` (pixels from the top
 * of the window), or the first heading before any has. `headings` come in page order.
 */
export function currentHeading(headings: readonly { id: string; top: number }[], line: number): string | undefined {
  let current = headings[0]?.id;
  for (const h of headings) {
    if (h.top <= line) current = h.id;
    else break;
  }
  return current;
}
