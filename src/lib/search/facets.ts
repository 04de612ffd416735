/**
 * Facets with honest counts. Within one facet the values are alternatives (an article OR a
 * question); different facets narrow each other (articles AND in Billing). So the count beside
 * a value must ignore that facet's own selection but respect every other one: the results page
 * runs one extra count search per facet that has a selection ("disjunctive" faceting), and
 * this module says which searches to run and merges their counts.
 */
import { SEARCH_FILTERS } from './attributes';

export type FilterCounts = Record<string, Record<string, number>>;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  key: string;
  /** The facet's heading, e.g. "Type". */
  label: string;
  values: FacetValue[];
}

/** Facets shown on the results page, in order, and their headings. */
export const FACETS: readonly { key: string; label: string }[] = [
  { key: SEARCH_FILTERS.type, label: 'Type' },
  { key: SEARCH_FILTERS.category, label: 'Category' },
  { key: SEARCH_FILTERS.tag, label: 'Labels' },
];

/** Names of the content types; a type no one has named yet is shown capitalised. */
const TYPE_LABELS: Record<string, { one: string; many: string }> = {
  article: { one: 'Article', many: 'Articles' },
  faq: { one: 'FAQ', many: 'FAQ' },
  question: { one: 'Community question', many: 'Community questions' },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Articles", "FAQ", "Community questions": how a type value reads as a facet. */
export function typeLabel(type: string, form: 'one' | 'many' = 'many'): string {
  return TYPE_LABELS[type]?.[form] ?? capitalise(type);
}

/** The label of a facet value: types get their names, everything else is shown as indexed. */
export function facetValueLabel(key: string, value: string): string {
  return key === SEARCH_FILTERS.type ? typeLabel(value) : value;
}

/** The count searches to run besides the main one: one per facet with a selection, without it. */
export function countSearches(filters: Record<string, string[]>, facetKeys: readonly string[] = FACETS.map((f) => f.key)) {
  return facetKeys
    .filter((key) => (filters[key] ?? []).length > 0)
    .map((key) => ({ key, filters: Object.fromEntries(Object.entries(filters).filter(([k, v]) => k !== key && v.length > 0)) }));
}

/**
 * Builds the facets from the main search's counts and the per-facet count searches.
 * Values with no result are hidden unless selected (a selected value must stay removable).
 */
export function buildFacets(
  selected: Record<string, string[]>,
  mainCounts: FilterCounts,
  countsWithout: Record<string, FilterCounts>,
  facets: readonly { key: string; label: string }[] = FACETS,
): Facet[] {
  return facets
    .map(({ key, label }) => {
      const counts = (countsWithout[key] ?? mainCounts)[key] ?? {};
      const chosen = selected[key] ?? [];
      const names = new Set([...Object.keys(counts), ...chosen]);
      const values = [...names]
        .map((value) => ({ value, label: facetValueLabel(key, value), count: counts[value] ?? 0, selected: chosen.includes(value) }))
        .filter((v) => v.selected || v.count > 0)
        .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label));
      return { key, label, values };
    })
    .filter((f) => f.values.length > 0);
}

/** The selected values as removable chips, in facet order. */
export function activeFilters(selected: Record<string, string[]>, facets: readonly { key: string; label: string }[] = FACETS) {
  const known = new Set(facets.map((f) => f.key));
  const keys = [...facets.map((f) => f.key), ...Object.keys(selected).filter((k) => !known.has(k))];
  return keys.flatMap((key) => (selected[key] ?? []).map((value) => ({ key, value, label: facetValueLabel(key, value) })));
}

export type PageItem = number | 'gap';

/** Page numbers to link: first, last, and two around the current one, with gaps between. */
export function paginationItems(current: number, pageCount: number): PageItem[] {
  const pages = new Set([1, pageCount, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const p of sorted) {
    const last = items[items.length - 1];
    if (typeof last === 'number' && p - last > 1) items.push('gap');
    items.push(p);
  }
  return items;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** "12 results", "1 result", "No results". */
export function resultCountText(total: number): string {
  if (total === 0) return 'No results';
  return `${total} ${total === 1 ? 'result' : 'results'}`;
}

/** A piece of the results summary: plain text, or the visitor's words (shown in quotation marks). */
export type SummaryPart = string | { quoted: string };

/** "12 results for ‹invoice› in Billing · page 2 of 3": the line above the results. */
export function summaryParts(state: { query: string; page: number; filters: Record<string, string[]> }, total: number, perPage: number): SummaryPart[] {
  const category = state.filters.category?.length === 1 ? state.filters.category[0] : undefined;
  const parts: SummaryPart[] = [resultCountText(total)];
  if (state.query) parts.push(' for ', { quoted: state.query });
  if (category) parts.push(' in ', category);
  const pages = pageCount(total, perPage);
  if (total > 0 && pages > 1) parts.push(` · page ${state.page} of ${pages}`);
  return parts;
}
