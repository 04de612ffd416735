/**
 * The Pagefind data attributes of one searchable page, for any content type (article, FAQ
 * entry, community question). Spread the result on the element that carries
 * `data-pagefind-body`:
 *
 *   <article data-pagefind-body {...searchAttributes({ type: 'article', title, breadcrumb })}>
 *
 * Why values live in their own `data-search-*` attributes: Pagefind's `key:value` syntax allows
 * only one inline value per attribute, and it splits the attribute on commas and colons, so a
 * title such as "Tax: rates, rules" cannot be written inline safely. Capturing `key[attribute]`
 * from a sibling attribute keeps every value verbatim; the HTML escaping is Astro's, as for any
 * attribute, and Pagefind decodes entities when it reads them.
 */
import { isoDate } from '../site/dates';

/** The kinds of page the index knows; facets and labels are generic over these values. */
export type SearchType = 'article' | 'faq' | 'question';

export interface SearchPage {
  /** What the page is; becomes the `type` filter and meta. */
  type: SearchType;
  /** The title shown in results; overrides Pagefind's first-h1 guess. */
  title: string;
  /** The trail above the page (category, section…), without "Home" and without the page itself. */
  breadcrumb: string[];
  /** The category's title: a filter (facet). */
  category?: string;
  /** The section's title: a filter. */
  section?: string;
  /** A topic (e.g. an FAQ group): a filter. */
  topic?: string;
  /** Labels or tags: a filter with several values. */
  tags?: string[];
  /** The date a reader cares about (last change): meta and the `date` sort. */
  date?: Date;
  /** An image under public/ shown beside the result. */
  image?: string;
}

/** Filter keys, in the order facets are offered. */
export const SEARCH_FILTERS = { type: 'type', category: 'category', section: 'section', topic: 'topic', tag: 'label' } as const;

/** Meta keys that results read back. */
export const SEARCH_META = { title: 'title', breadcrumb: 'breadcrumb', type: 'type', date: 'date', image: 'image', tags: 'tags' } as const;

/** The sort key results can be ordered by (newest first or oldest first). */
export const SEARCH_SORT_DATE = 'date';

/** Separator between breadcrumb levels in the `breadcrumb` meta. */
export const BREADCRUMB_SEPARATOR = ' › ';

const PREFIX = 'data-search-';

/** Trims and collapses whitespace; Pagefind would do the same, but an empty value must be dropped here. */
const clean = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * The attributes for one page: `data-pagefind-filter`, `-meta` and `-sort` name their values
 * through `key[data-search-…]` captures, and each value sits in its own `data-search-…` attribute.
 * Empty values are left out (Pagefind would otherwise record an empty filter value).
 */
export function searchAttributes(page: SearchPage): Record<string, string> {
  const attributes: Record<string, string> = {};
  const captures = { filter: [] as string[], meta: [] as string[], sort: [] as string[] };
  const put = (kind: keyof typeof captures, key: string, attribute: string, value: string | undefined) => {
    const text = clean(value);
    if (!text) return;
    const name = `${PREFIX}${attribute}`;
    attributes[name] = text;
    captures[kind].push(`${key}[${name}]`);
  };

  const date = page.date ? isoDate(page.date) : undefined;
  put('meta', SEARCH_META.title, 'title', page.title);
  put('meta', SEARCH_META.breadcrumb, 'breadcrumb', page.breadcrumb.map(clean).filter(Boolean).join(BREADCRUMB_SEPARATOR));
  put('meta', SEARCH_META.type, 'type', page.type);
  put('meta', SEARCH_META.date, 'date', date);
  put('meta', SEARCH_META.image, 'image', page.image);

  put('filter', SEARCH_FILTERS.type, 'type', page.type);
  put('filter', SEARCH_FILTERS.category, 'category', page.category);
  put('filter', SEARCH_FILTERS.section, 'section', page.section);
  put('filter', SEARCH_FILTERS.topic, 'topic', page.topic);
  const tags = [...new Set((page.tags ?? []).map(clean).filter(Boolean))];
  tags.forEach((tag, i) => put('filter', SEARCH_FILTERS.tag, `label-${i + 1}`, tag));
  // Searched, as meta is, but never part of a snippet: the page's tag list is kept out of the indexed text.
  put('meta', SEARCH_META.tags, 'tags', tags.join(', '));

  put('sort', SEARCH_SORT_DATE, 'date', date);

  if (captures.meta.length) attributes['data-pagefind-meta'] = captures.meta.join(', ');
  if (captures.filter.length) attributes['data-pagefind-filter'] = captures.filter.join(', ');
  if (captures.sort.length) attributes['data-pagefind-sort'] = captures.sort.join(', ');
  return attributes;
}

/**
 * Breadcrumb and category from a page's visible trail (Home › Category › Section…): the search
 * result shows the same path the page does, without "Home".
 */
export function trailOf(crumbs: readonly { label: string }[]): Pick<SearchPage, 'breadcrumb' | 'category'> {
  const levels = crumbs.slice(1).map((c) => c.label);
  return { breadcrumb: levels, ...(levels[0] ? { category: levels[0] } : {}) };
}
