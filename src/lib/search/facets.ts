/**
 * Facets with honest counts. Within one facet the values are alternatives (an article OR a
 * question); different facets narrow each other (articles AND in Billing). So the count beside
 * a value must ignore that facet's own selection but respect every other one: the results page
 * runs one extra count search per facet that has a selection ("disjunctive" faceting), and
 * this module says which searches to run and merges their counts.
 */
import type { SiteMessageKey, SiteWords } from '../../i18n';
import type { MessagePart } from '../i18n/messages';
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

/** The names of the content types, as one result says it and as a facet lists them. */
export const TYPE_MESSAGES = ['search.typeArticle', 'search.typeArticles', 'search.typeFaq', 'search.typeFaqs', 'search.typeQuestion', 'search.typeQuestions'] as const satisfies readonly SiteMessageKey[];
type TypeKey = (typeof TYPE_MESSAGES)[number];
export type TypeWords = SiteWords<TypeKey>;

/** Facets shown on the results page, in order, and the messages of their headings. */
export const FACETS = [
  { key: SEARCH_FILTERS.type, label: 'search.facetType' },
  { key: SEARCH_FILTERS.category, label: 'search.facetCategory' },
  { key: SEARCH_FILTERS.tag, label: 'search.facetLabels' },
] as const satisfies readonly { key: string; label: SiteMessageKey }[];

/** What the functions of this module write with; the results page's component hands its script these. */
export const FACET_MESSAGES = [
  ...TYPE_MESSAGES,
  ...FACETS.map((f) => f.label),
  'search.noResults',
  'search.resultCount',
  'search.summaryQuery',
  'search.summaryCategory',
  'search.summaryQueryCategory',
  'search.summaryPage',
] as const satisfies readonly SiteMessageKey[];
export type FacetWords = SiteWords<(typeof FACET_MESSAGES)[number]>;

/** A facet as this module is given it: its filter key and its heading, in the page's language. */
export interface FacetSpec {
  key: string;
  label: string;
}

/** The facets of the results page with their headings in the page's language. */
export function facetSpecs({ t }: FacetWords): FacetSpec[] {
  return FACETS.map((f) => ({ key: f.key, label: t(f.label) }));
}

/** Names of the content types; a type no one has named yet is shown capitalised. */
const TYPE_LABELS: Record<string, { one: TypeKey; many: TypeKey }> = {
  article: { one: 'search.typeArticle', many: 'search.typeArticles' },
  faq: { one: 'search.typeFaq', many: 'search.typeFaqs' },
  question: { one: 'search.typeQuestion', many: 'search.typeQuestions' },
};

const capitalise = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** "Articles", "FAQ", "Community questions": how a type value reads as a facet. */
export function typeLabel(type: string, words: TypeWords, form: 'one' | 'many' = 'many'): string {
  const key = TYPE_LABELS[type]?.[form];
  return key ? words.t(key) : capitalise(type, words.locale);
}

/** The label of a facet value: types get their names, everything else is shown as indexed. */
export function facetValueLabel(key: string, value: string, words: TypeWords): string {
  return key === SEARCH_FILTERS.type ? typeLabel(value, words) : value;
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
  words: FacetWords,
  facets: readonly FacetSpec[] = facetSpecs(words),
): Facet[] {
  return facets
    .map(({ key, label }) => {
      const counts = (countsWithout[key] ?? mainCounts)[key] ?? {};
      const chosen = selected[key] ?? [];
      const names = new Set([...Object.keys(counts), ...chosen]);
      const values = [...names]
        .map((value) => ({ value, label: facetValueLabel(key, value, words), count: counts[value] ?? 0, selected: chosen.includes(value) }))
        .filter((v) => v.selected || v.count > 0)
        .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, words.locale));
      return { key, label, values };
    })
    .filter((f) => f.values.length > 0);
}

/** The selected values as removable chips, in facet order. */
export function activeFilters(selected: Record<string, string[]>, words: TypeWords, facets: readonly { key: string }[] = FACETS) {
  const known = new Set(facets.map((f) => f.key));
  const keys = [...facets.map((f) => f.key), ...Object.keys(selected).filter((k) => !known.has(k))];
  return keys.flatMap((key) => (selected[key] ?? []).map((value) => ({ key, value, label: facetValueLabel(key, value, words) })));
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
export function resultCountText(total: number, { t }: SiteWords<'search.noResults' | 'search.resultCount'>): string {
  return total === 0 ? t('search.noResults') : t('search.resultCount', { count: total });
}

/** A piece of a line that quotes the visitor: plain text, or their words (shown in quotation marks). */
export type SummaryPart = string | { quoted: string };

/** A message's parts with each slot replaced by the parts given for it (a slot without any stays empty). */
export function fillSlots(parts: readonly MessagePart[], fills: Record<string, readonly SummaryPart[]>): SummaryPart[] {
  const out: SummaryPart[] = [];
  for (const part of parts.flatMap((p) => (typeof p === 'string' ? [p] : (fills[p.slot] ?? [])))) {
    if (typeof part === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += part;
    else out.push(part);
  }
  return out;
}

/** "12 results for ‹invoice› in Billing · page 2 of 3": the line above the results. */
export function summaryParts(state: { query: string; page: number; filters: Record<string, string[]> }, total: number, perPage: number, words: FacetWords): SummaryPart[] {
  const category = state.filters.category?.length === 1 ? state.filters.category[0] : undefined;
  const results = resultCountText(total, words);
  const key = state.query ? (category ? 'search.summaryQueryCategory' : 'search.summaryQuery') : category ? 'search.summaryCategory' : undefined;
  const summary = key ? fillSlots(words.parts(key, { results, ...(category ? { category } : {}) }), { query: [{ quoted: state.query }] }) : [results];
  const pages = pageCount(total, perPage);
  if (total === 0 || pages === 1) return summary;
  return fillSlots(words.parts('search.summaryPage', { page: state.page, pages }), { summary });
}
