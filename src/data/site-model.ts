import { getCollection, render, type CollectionEntry } from 'astro:content';
import { platformsThroughSnippets, snippetCycle, type ContentUsage } from '../lib/content-components/usage';
import { videoCsp } from '../lib/security/csp';
import type { AuthorInfo } from '../lib/community/model';
import { Community } from '../lib/community/model';
import type { FaqEntry } from '../lib/faq/extract';
import { orderFaqs } from '../lib/faq/model';
import { HelpCenter } from '../lib/knowledge-base/model';
import { contentDir, projectRelative } from '../lib/content/paths';
import type { Languages, SiteModel } from '../lib/site/model';
import settings from 'virtual:help-center/settings';
import { registerUrls } from '../lib/i18n/address-book';
import { isMultilingual, siteLocales, type SiteLocale } from '../lib/i18n/locales';
import { alternatesOf, type Alternate, type LanguagePages, type ParentOf, type TranslatableKind } from '../lib/i18n/alternates';
import { overlayEntries, translatedSlugs, writtenDate, type Localization, type TranslationEntry } from '../lib/i18n/overlay';
import { gitDates } from '../integrations/git-dates';
import { pageCacheKey, siteFingerprint } from '../lib/site/page-cache-key';

export { entryOf } from '../lib/content/entry-of';

/**
 * The one bridge between Astro's content layer and src/lib: reads every collection once per
 * build, builds the models every page-data function reads, and keeps the entries that pages
 * render. Drafts are published under `astro dev` only (set by the content check).
 */
const showDrafts: boolean = import.meta.env.HELP_CENTER_SHOW_DRAFTS;

const fileOf = (entry: { filePath?: string }) => entry.filePath ?? '';
const asEntry = <C extends { id: string; filePath?: string; data: unknown }>(e: C) => ({ slug: e.id, file: fileOf(e), data: e.data as C['data'] });

const locales = siteLocales(settings);
const defaultLocale = locales.find((l) => l.isDefault)!;

interface Entries {
  articles: Map<string, CollectionEntry<'articles'> | CollectionEntry<'articleTranslations'>>;
  faqs: Map<string, CollectionEntry<'faqs'> | CollectionEntry<'faqTranslations'>>;
  questions: Map<string, CollectionEntry<'questions'> | CollectionEntry<'questionTranslations'>>;
  answers: Map<string, CollectionEntry<'answers'> | CollectionEntry<'answerTranslations'>>;
}

interface Loaded {
  models: Map<string, SiteModel>;
  /** By language: the entries each page renders (a translation, or the original it falls back to). */
  entries: Map<string, Entries>;
  snippets: Map<string, CollectionEntry<'snippets'>>;
  /** What every page's incremental-build key shares (src/lib/site/page-cache-key.ts). */
  fingerprint: string;
}

/** A translation collection's entries of one language, by original id ("de/refunds" → "refunds"). */
function translationsIn<C extends { id: string; filePath?: string; data: unknown }>(all: readonly C[], locale: string): Map<string, C> {
  return new Map(all.filter((t) => t.id.startsWith(`${locale}/`)).map((t) => [t.id.slice(locale.length + 1), t]));
}

const asTranslations = <C extends { id: string; filePath?: string; data: unknown }>(byId: Map<string, C>): Map<string, TranslationEntry> =>
  new Map([...byId].map(([id, t]) => [id, { id, file: fileOf(t), data: t.data as Record<string, unknown> }]));

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
  const translated = isMultilingual(locales)
    ? await Promise.all([
      getCollection('categoryTranslations'), getCollection('sectionTranslations'), getCollection('authorTranslations'), getCollection('articleTranslations'),
      getCollection('faqTranslations'), getCollection('topicTranslations'), getCollection('questionTranslations'), getCollection('answerTranslations'),
    ])
    : undefined;
  const git = translated ? gitDates(contentDir()).dates : new Map<string, Date>();
  const models = new Map<string, SiteModel>();
  const entries = new Map<string, Entries>();
  const builtAt = new Date();
  const translatedIds = new Map<string, { article: Set<string>; faq: Set<string>; question: Set<string> }>();

  for (const locale of locales) {
    const [tCategories, tSections, tAuthors, tArticles, tFaqs, tTopics, tQuestions, tAnswers] = (translated ?? []).map((all) => translationsIn(all as { id: string; filePath?: string; data: unknown }[], locale.code)) as [
      Map<string, CollectionEntry<'categoryTranslations'>>, Map<string, CollectionEntry<'sectionTranslations'>>, Map<string, CollectionEntry<'authorTranslations'>>,
      Map<string, CollectionEntry<'articleTranslations'>>, Map<string, CollectionEntry<'faqTranslations'>>, Map<string, CollectionEntry<'topicTranslations'>>,
      Map<string, CollectionEntry<'questionTranslations'>>, Map<string, CollectionEntry<'answerTranslations'>>,
    ] | [];
    const options = {
      locale: locale.code, defaultLocale: defaultLocale.code, production: !showDrafts,
      changedAt: (file: string, data: Record<string, unknown>) => (data.updated instanceof Date ? data.updated : git.get(file) ?? writtenDate(data)),
    };
    const over = <T,>(originals: { slug: string; file: string; data: T }[], byId: Map<string, { id: string; filePath?: string; data: unknown }> | undefined) =>
      overlayEntries(originals, asTranslations(byId ?? new Map()), options);

    const localArticles = over(articles.map(asEntry), tArticles);
    const localFaqs = over(faqs.map(asEntry), tFaqs);
    const localQuestions = over(questions.map(asEntry), tQuestions);
    const localAuthors = over(authors.map(asEntry), tAuthors);
    const authorInfo = new Map<string, AuthorInfo>(localAuthors.map((a) => [a.slug, { name: a.data.name, role: a.data.role, avatar: a.data.avatar, staff: a.data.staff }]));
    const urls = locale.isDefault ? registerUrls(locale, {}) : registerUrls(locale, {
      article: translatedSlugs(asTranslations(tArticles ?? new Map())),
      faq: translatedSlugs(asTranslations(tFaqs ?? new Map())),
      question: translatedSlugs(asTranslations(tQuestions ?? new Map())),
    });
    const helpCenter = new HelpCenter({ categories: over(categories.map(asEntry), tCategories), sections: over(sections.map(asEntry), tSections), articles: localArticles }, urls);
    const community = new Community({ topics: over(topics.map(asEntry), tTopics), questions: localQuestions, answers: over(answers.map(asEntry), tAnswers), authors: authorInfo });
    const orderedFaqs = orderFaqs(localFaqs);
    const isTranslated = (e: { localization?: Localization }) => Boolean(e.localization?.translation);
    translatedIds.set(locale.code, {
      article: new Set(localArticles.filter(isTranslated).map((a) => a.slug)),
      faq: new Set(localFaqs.filter(isTranslated).map((f) => f.slug)),
      question: new Set(localQuestions.filter(isTranslated).map((q) => q.slug)),
    });
    models.set(locale.code, {
      helpCenter, community, faqs: orderedFaqs, authors: authorInfo,
      areas: { faq: orderedFaqs.length > 0, community: community.topics.length > 0 },
      contentRoot: projectRelative(contentDir()),
      builtAt,
      locale, urls, languages: { locales, translated: translatedIds },
    });
    const pick = <O, T>(originals: readonly (O & { id: string })[], byId: Map<string, T> | undefined, isLive: (t: T) => boolean) =>
      new Map<string, O | T>(originals.map((o) => {
        const t = byId?.get(o.id);
        return [o.id, t && isLive(t) ? t : o];
      }));
    const live = (t: { data: { draft?: boolean } }) => showDrafts || !t.data.draft;
    entries.set(locale.code, {
      articles: pick(articles, tArticles, live),
      faqs: pick(faqs, tFaqs, live),
      questions: pick(questions, tQuestions, () => true),
      answers: pick(answers, tAnswers, () => true),
    });
  }
  const everyFile = [categories, sections, articles, authors, faqs, topics, questions, answers, snippets, ...(translated ?? [])].flat() as { collection: string; id: string; data: unknown }[];
  // The day counts: links to new files are dated with it, and opening hours name the zone's time of year.
  const fingerprint = siteFingerprint(everyFile, { day: builtAt.toISOString().slice(0, 10), showDrafts, git: [...git] });
  return { models, entries, snippets: new Map(snippets.map((s) => [s.id, s])), fingerprint };
}

let loaded: Promise<Loaded> | undefined;
const once = () => (loaded ??= load());

/** The models of this build, in one language (the default when none is named). */
export async function siteModel(locale: string = defaultLocale.code): Promise<SiteModel> {
  const model = (await once()).models.get(locale);
  if (!model) throw new Error(`"${locale}" is not one of the site's languages (settings.yaml \`locales\`)`);
  return model;
}

/** The content-layer entries of this build in one language, for rendering a page's MDX. */
export async function contentEntries(locale: string = defaultLocale.code): Promise<Entries> {
  return (await once()).entries.get(locale)!;
}

/**
 * The static paths of a page type in every language: `make` gives the paths of one language's
 * model, and each is put under that language's prefix (the `lang` parameter of src/pages/[...lang]/).
 */
export async function pathsInEveryLanguage<P extends Record<string, unknown>>(
  make: (model: SiteModel, entries: Entries) => { params: Record<string, string | undefined>; props: P }[] | Promise<{ params: Record<string, string | undefined>; props: P }[]>,
) {
  const paths: { params: Record<string, string | undefined>; props: P; cacheKey: string }[] = [];
  const { fingerprint } = await once();
  for (const locale of locales) {
    for (const path of await make(await siteModel(locale.code), await contentEntries(locale.code))) {
      paths.push({ params: { ...path.params, lang: locale.isDefault ? undefined : locale.code }, props: path.props, cacheKey: pageCacheKey(fingerprint, path.props) });
    }
  }
  return paths;
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
export async function renderArticle(entry: CollectionEntry<'articles'> | CollectionEntry<'articleTranslations'>) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, csp: await cspFor(remarkPluginFrontmatter) };
}

/** Renders an FAQ page: its content component, its questions in page order, as the page shows them, and the policy its content needs. */
export async function renderFaq(entry: CollectionEntry<'faqs'> | CollectionEntry<'faqTranslations'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, questions: (remarkPluginFrontmatter.faq ?? []) as Omit<FaqEntry, 'line'>[], csp: await cspFor(remarkPluginFrontmatter) };
}

/** Renders a question or an answer: its content, the plain text the remark plugin took from it and the policy its content needs. */
async function renderPost(entry: CollectionEntry<'questions'> | CollectionEntry<'answers'> | CollectionEntry<'questionTranslations'> | CollectionEntry<'answerTranslations'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, text: String(remarkPluginFrontmatter.plainText ?? ''), csp: await cspFor(remarkPluginFrontmatter) };
}

/** Renders a question's posts: the question, its answers in the order given, and the policy all of them need. */
export async function renderQuestion(
  entry: CollectionEntry<'questions'> | CollectionEntry<'questionTranslations'>,
  answerEntries: readonly (CollectionEntry<'answers'> | CollectionEntry<'answerTranslations'>)[],
) {
  const [question, answers] = await Promise.all([renderPost(entry), Promise.all(answerEntries.map(renderPost))]);
  return { question, answers, csp: [question, ...answers].flatMap((post) => post.csp) };
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

/** The paths of a page that every language has once (home, search, request): just the prefix. */
export async function languagePaths() {
  const { fingerprint } = await once();
  return locales.map((locale) => ({ params: { lang: locale.isDefault ? undefined : locale.code }, cacheKey: pageCacheKey(fingerprint, locale.code) }));
}

let pagesOfLanguages: Promise<LanguagePages[]> | undefined;

/** Each language's pages (its translated ids and slugs), for the switcher and the hreflang links. */
function languagePages(): Promise<LanguagePages[]> {
  return (pagesOfLanguages ??= Promise.all(locales.map(async (locale) => {
    const model = await siteModel(locale.code);
    const translated = model.languages.translated.get(locale.code)!;
    const bySlug = (kind: TranslatableKind) => {
      const ids = kind === 'article' ? model.helpCenter.articles : kind === 'faq' ? model.faqs : model.community.questions;
      const url = (id: string) => (kind === 'article' ? model.urls.article(id) : kind === 'faq' ? model.urls.faq(id) : model.urls.question(id));
      return new Map(ids.map((e) => [url(e.slug).split('/').at(-2)!, e.slug]));
    };
    const slugs = { article: bySlug('article'), faq: bySlug('faq'), question: bySlug('question') };
    return {
      locale,
      urls: model.urls,
      has: (kind: TranslatableKind, id: string) => locale.isDefault || translated[kind].has(id),
      idOf: (kind: TranslatableKind, slug: string) => slugs[kind].get(slug) ?? slug,
    };
  })));
}

/** The page at `path` in every language: where the switcher leads, and which are hreflang alternates. */
export async function pageAlternates(path: string, locale: SiteLocale): Promise<Alternate[]> {
  const pages = await languagePages();
  const original = await siteModel(defaultLocale.code);
  const parentOf: ParentOf = (kind, id, urls) => {
    if (kind === 'article') {
      const section = original.helpCenter.article(id)?.data.section;
      return section ? urls.section(section) : urls.home();
    }
    if (kind === 'faq') return urls.faqIndex();
    const topic = original.community.question(id)?.data.topic;
    return topic ? urls.topic(topic) : urls.community();
  };
  return alternatesOf(path, pages.find((p) => p.locale.code === locale.code)!, pages, parentOf);
}
