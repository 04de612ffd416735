import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AuthorInfo } from '../lib/community/model';
import { Community } from '../lib/community/model';
import type { FaqEntry } from '../lib/faq/extract';
import { orderFaqs } from '../lib/faq/model';
import { HelpCenter } from '../lib/knowledge-base/model';
import { contentDir, projectRelative } from '../lib/content/paths';
import type { SiteModel } from '../lib/site/model';

/**
 * The one bridge between Astro's content layer and src/lib: reads every collection once per
 * build, builds the models every page-data function reads, and keeps the entries that pages
 * render. Drafts are published under `astro dev` only (set by the content check).
 */
const showDrafts: boolean = import.meta.env.HELP_CENTER_SHOW_DRAFTS;

const fileOf = (entry: { filePath?: string }) => entry.filePath ?? '';
const asEntry = <C extends { id: string; filePath?: string; data: unknown }>(e: C) => ({ slug: e.id, file: fileOf(e), data: e.data as C['data'] });

interface Loaded {
  model: SiteModel;
  articles: Map<string, CollectionEntry<'articles'>>;
  faqs: Map<string, CollectionEntry<'faqs'>>;
  questions: Map<string, CollectionEntry<'questions'>>;
  answers: Map<string, CollectionEntry<'answers'>>;
}

async function load(): Promise<Loaded> {
  const [categories, sections, articles, authors, faqs, topics, questions, answers] = await Promise.all([
    getCollection('categories'),
    getCollection('sections'),
    getCollection('articles', (a) => showDrafts || !a.data.draft),
    getCollection('authors'),
    getCollection('faqs', (f) => showDrafts || !f.data.draft),
    getCollection('topics'),
    getCollection('questions'),
    getCollection('answers'),
  ]);
  const authorInfo = new Map<string, AuthorInfo>(authors.map((a) => [a.id, { name: a.data.name, role: a.data.role, avatar: a.data.avatar, staff: a.data.staff }]));
  const helpCenter = new HelpCenter({ categories: categories.map(asEntry), sections: sections.map(asEntry), articles: articles.map(asEntry) });
  const community = new Community({ topics: topics.map(asEntry), questions: questions.map(asEntry), answers: answers.map(asEntry), authors: authorInfo });
  const orderedFaqs = orderFaqs(faqs.map(asEntry));
  return {
    model: {
      helpCenter,
      community,
      faqs: orderedFaqs,
      authors: authorInfo,
      areas: { faq: orderedFaqs.length > 0, community: community.topics.length > 0 },
      contentRoot: projectRelative(contentDir()),
      builtAt: new Date(),
    },
    articles: new Map(articles.map((a) => [a.id, a])),
    faqs: new Map(faqs.map((f) => [f.id, f])),
    questions: new Map(questions.map((q) => [q.id, q])),
    answers: new Map(answers.map((a) => [a.id, a])),
  };
}

let loaded: Promise<Loaded> | undefined;
const once = () => (loaded ??= load());

/** The models of this build. */
export async function siteModel(): Promise<SiteModel> {
  return (await once()).model;
}

/** The content-layer entries of this build, for rendering a page's MDX. */
export async function contentEntries() {
  const { articles, faqs, questions, answers } = await once();
  return { articles, faqs, questions, answers };
}

/** Renders an article: its content component and the headings the table of contents lists. */
export async function renderArticle(entry: CollectionEntry<'articles'>) {
  const { Content, headings } = await render(entry);
  return { Content, headings };
}

/** Renders an FAQ page: its content component and its questions, in page order, as the page shows them. */
export async function renderFaq(entry: CollectionEntry<'faqs'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, questions: (remarkPluginFrontmatter.faq ?? []) as Omit<FaqEntry, 'line'>[] };
}

/** Renders a question or an answer: its content and the plain text the remark plugin took from it. */
export async function renderPost(entry: CollectionEntry<'questions'> | CollectionEntry<'answers'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, text: String(remarkPluginFrontmatter.plainText ?? '') };
}
