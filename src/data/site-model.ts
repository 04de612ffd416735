import { getCollection, render, type CollectionEntry } from 'astro:content';
import { platformsThroughSnippets, snippetCycle, type ContentUsage } from '../lib/content-components/usage';
import { videoCsp } from '../lib/security/csp';
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
  snippets: Map<string, CollectionEntry<'snippets'>>;
}

async function load(): Promise<Loaded> {
  const [categories, sections, articles, authors, faqs, topics, questions, answers, snippets] = await Promise.all([
    getCollection('categories'),
    getCollection('sections'),
    getCollection('articles', (a) => showDrafts || !a.data.draft),
    getCollection('authors'),
    getCollection('faqs', (f) => showDrafts || !f.data.draft),
    getCollection('topics'),
    getCollection('questions'),
    getCollection('answers'),
    getCollection('snippets'),
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
    snippets: new Map(snippets.map((s) => [s.id, s])),
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

const NO_USAGE: ContentUsage = { snippets: [], videoPlatforms: [] };
const usageIn = (frontmatter: Record<string, unknown>) => (frontmatter.usage as ContentUsage | undefined) ?? NO_USAGE;

let snippetUsages: Promise<Map<string, ContentUsage>> | undefined;
/** What each snippet includes and embeds, read once per build from its rendered file. */
function usageOfSnippets(): Promise<Map<string, ContentUsage>> {
  return (snippetUsages ??= once().then(async ({ snippets }) =>
    new Map(await Promise.all([...snippets].map(async ([id, entry]) => [id, usageIn((await render(entry)).remarkPluginFrontmatter)] as const)))));
}

/**
 * The directives a page's policy needs for what its files embed (a video's player), following
 * the snippets they include: a page asks Astro for them before anything of it renders.
 */
async function cspFor(...frontmatters: Record<string, unknown>[]): Promise<ReturnType<typeof videoCsp>> {
  const snippets = await usageOfSnippets();
  const platforms = frontmatters.flatMap((f) => platformsThroughSnippets(usageIn(f), (id) => snippets.get(id)));
  return videoCsp(platforms);
}

/** Renders an article: its content component, the headings the table of contents lists and the policy its content needs. */
export async function renderArticle(entry: CollectionEntry<'articles'>) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, csp: await cspFor(remarkPluginFrontmatter) };
}

/** Renders an FAQ page: its content component, its questions in page order, as the page shows them, and the policy its content needs. */
export async function renderFaq(entry: CollectionEntry<'faqs'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, questions: (remarkPluginFrontmatter.faq ?? []) as Omit<FaqEntry, 'line'>[], csp: await cspFor(remarkPluginFrontmatter) };
}

/** Renders a question or an answer: its content, the plain text the remark plugin took from it and the policy its content needs. */
export async function renderPost(entry: CollectionEntry<'questions'> | CollectionEntry<'answers'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, text: String(remarkPluginFrontmatter.plainText ?? ''), csp: await cspFor(remarkPluginFrontmatter) };
}

/**
 * Renders a snippet for <Snippet id="…">. The content check refuses unknown ids and snippets
 * that include themselves before a build starts; in `astro dev`, where it only reports, this
 * stops such a page with the same explanation instead of looping.
 */
export async function renderSnippet(id: string) {
  const { snippets } = await once();
  const entry = snippets.get(id);
  if (!entry) throw new Error(`<Snippet id="${id}" /> names no file of content/snippets/ (see the content check's report)`);
  const usages = await usageOfSnippets();
  const cycle = snippetCycle(id, (other) => usages.get(other));
  if (cycle) throw new Error(`the snippet "${id}" includes itself: ${cycle.join(' → ')} (a snippet cannot include itself, directly or through others)`);
  const { Content } = await render(entry);
  return { Content };
}
