import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSettings } from '../lib/content/settings';
import { HelpCenter, type ArticleEntry } from '../lib/knowledge-base/model';

/**
 * The bridge between Astro's content layer and the pure model in src/lib.
 * Built once per build and shared by every page, so a 10,000-article build
 * does not regroup the whole knowledge base for each page it renders.
 */
const showDrafts: boolean = import.meta.env.HELP_CENTER_SHOW_DRAFTS;

const fileOf = (entry: { filePath?: string }) => entry.filePath ?? '';

let model: Promise<{ helpCenter: HelpCenter; articleEntries: Map<string, CollectionEntry<'articles'>>; authors: Map<string, CollectionEntry<'authors'>> }> | undefined;

async function build() {
  const [categories, sections, articles, authors] = await Promise.all([
    getCollection('categories'),
    getCollection('sections'),
    getCollection('articles', (a) => showDrafts || !a.data.draft),
    getCollection('authors'),
  ]);
  const helpCenter = new HelpCenter({
    categories: categories.map((c) => ({ slug: c.id, file: fileOf(c), data: c.data })),
    sections: sections.map((s) => ({ slug: s.id, file: fileOf(s), data: s.data })),
    articles: articles.map((a): ArticleEntry => ({ slug: a.id, file: fileOf(a), data: a.data })),
  });
  return {
    helpCenter,
    articleEntries: new Map(articles.map((a) => [a.id, a])),
    authors: new Map(authors.map((a) => [a.id, a])),
  };
}

export function getHelpCenter() {
  model ??= build();
  return model;
}

export const settings = loadSettings();
