import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { FaqEntry } from '../lib/faq/extract';
import { sortByOrder } from '../lib/knowledge-base/model';

/**
 * The bridge between Astro's content layer and the FAQ pages: the published FAQ pages in
 * index order, and the question/answer pairs of one page as the remark plugin extracted them
 * (src/markdown/remark-faq.ts), which the page and its FAQPage JSON-LD both use.
 */
const showDrafts: boolean = import.meta.env.HELP_CENTER_SHOW_DRAFTS;

export type FaqPageEntry = CollectionEntry<'faqs'>;

let faqs: Promise<FaqPageEntry[]> | undefined;

/** Published FAQ pages (drafts too under `astro dev`), by `order` then title. */
export function getFaqs(): Promise<FaqPageEntry[]> {
  faqs ??= getCollection('faqs', (f) => showDrafts || !f.data.draft).then((list) => sortByOrder(list));
  return faqs;
}

/** Renders an FAQ page: its content component and its questions, in page order. */
export async function renderFaq(entry: FaqPageEntry) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, questions: (remarkPluginFrontmatter.faq ?? []) as Omit<FaqEntry, 'line'>[] };
}
