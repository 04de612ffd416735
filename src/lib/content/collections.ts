/**
 * The one table of collections: where each kind of writer's file lives under content/, how its
 * files are named, which schema checks it, how an entry's id comes from its file, and how far
 * its MDX is trusted. Astro's content config and the content checks are both built from it, so
 * a folder, an id rule or a trust level is written once.
 */
import type { z } from 'astro/zod';
import { AnswerSchema } from '../../schemas/answer';
import { ArticleSchema } from '../../schemas/article';
import { AuthorSchema } from '../../schemas/author';
import { CategorySchema } from '../../schemas/category';
import { FaqSchema } from '../../schemas/faq';
import { QuestionSchema } from '../../schemas/question';
import { SectionSchema } from '../../schemas/section';
import { SnippetSchema } from '../../schemas/snippet';
import { TopicSchema } from '../../schemas/topic';
import type { Trust } from '../checks/safe-mdx';
import { AnswerTranslationSchema, ArticleTranslationSchema, AuthorTranslationSchema, FaqTranslationSchema, GroupTranslationSchema, QuestionTranslationSchema } from '../../schemas/translation';

/** Which trust setting governs a collection's MDX: community files are always safe, whatever the settings say. */
export type TrustSource = 'articles' | 'faq' | 'always-safe';

export interface CollectionSpec {
  name: string;
  /** Folder under content/. */
  dir: string;
  kind: 'yaml' | 'mdx';
  schema: () => z.ZodType;
  /** Where a writer reads what each field means. */
  schemaFile: string;
  /**
   * How an entry's id (its slug, or its path for answers) comes from its path inside the folder
   * (forward slashes, with extension) and its frontmatter.
   */
  idOf(pathInFolder: string, data: Record<string, unknown>): string;
  /** Whether the id comes from the file name alone, so the file name must already be a slug. */
  idFromFileName: 'stem' | 'stem-unless-slug' | 'path';
  /** For MDX collections: which trust level applies. */
  trust?: TrustSource;
  /** For MDX collections: whether a file may leave out its frontmatter (when every field is optional). Default: required. */
  frontmatter?: 'required' | 'optional';
}

const stem = (pathInFolder: string) => pathInFolder.split('/').pop()!.replace(/\.[^.]+$/, '');

const byStem = { idOf: (p: string) => stem(p), idFromFileName: 'stem' } as const;

export const COLLECTION_TABLE = {
  categories: { name: 'categories', dir: 'categories', kind: 'yaml', schema: CategorySchema, schemaFile: 'src/schemas/category.ts', ...byStem },
  sections: { name: 'sections', dir: 'sections', kind: 'yaml', schema: SectionSchema, schemaFile: 'src/schemas/section.ts', ...byStem },
  authors: { name: 'authors', dir: 'authors', kind: 'yaml', schema: AuthorSchema, schemaFile: 'src/schemas/author.ts', ...byStem },
  articles: {
    name: 'articles', dir: 'articles', kind: 'mdx', schema: ArticleSchema, schemaFile: 'src/schemas/article.ts', trust: 'articles',
    // `slug:` in the frontmatter publishes an article under another name than its file's.
    idOf: (p: string, data: Record<string, unknown>) => (typeof data.slug === 'string' ? data.slug : stem(p)),
    idFromFileName: 'stem-unless-slug',
  },
  // Included into articles and FAQ pages with <Snippet id="…" />, so trusted as articles are: a snippet is written by the same people.
  snippets: { name: 'snippets', dir: 'snippets', kind: 'mdx', schema: SnippetSchema, schemaFile: 'src/schemas/snippet.ts', trust: 'articles', frontmatter: 'optional', ...byStem },
  faqs: { name: 'faqs', dir: 'faq', kind: 'mdx', schema: FaqSchema, schemaFile: 'src/schemas/faq.ts', trust: 'faq', ...byStem },
  topics: { name: 'topics', dir: 'community/topics', kind: 'yaml', schema: TopicSchema, schemaFile: 'src/schemas/topic.ts', ...byStem },
  questions: { name: 'questions', dir: 'community/questions', kind: 'mdx', schema: QuestionSchema, schemaFile: 'src/schemas/question.ts', trust: 'always-safe', ...byStem },
  answers: {
    name: 'answers', dir: 'community/answers', kind: 'mdx', schema: AnswerSchema, schemaFile: 'src/schemas/answer.ts', trust: 'always-safe',
    // An answer's id is its path under answers/ (e.g. "split-a-meeting/ines"): unique whatever the files are called.
    idOf: (p: string) => p.replace(/\.mdx$/, ''),
    idFromFileName: 'path',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTION_TABLE;

export const COLLECTION_SPECS: readonly CollectionSpec[] = Object.values(COLLECTION_TABLE);

/** The trust level of each configurable area, as the settings give it (content.trust). */
export interface TrustSettings {
  articles: Trust;
  faq: Trust;
}

export function trustOf(spec: CollectionSpec, settings: TrustSettings): Trust {
  if (!spec.trust || spec.trust === 'always-safe') return 'safe';
  return settings[spec.trust];
}

/** The glob pattern of a collection's files, as Astro's loader and the file check both read them. */
export function filePattern(spec: CollectionSpec): string {
  return spec.kind === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}';
}

/** The collection a file belongs to, from its path relative to content/ (forward slashes). The deepest folder wins. */
export function collectionOfPath(relativePath: string): { spec: CollectionSpec; pathInFolder: string } | undefined {
  const spec = [...COLLECTION_SPECS].sort((a, b) => b.dir.length - a.dir.length).find((s) => relativePath.startsWith(`${s.dir}/`));
  return spec ? { spec, pathInFolder: relativePath.slice(spec.dir.length + 1) } : undefined;
}

/** The translation collection of a file under content/<locale>/ ("de/articles/x.mdx"), with its locale. */
export function translationOfPath(relativePath: string): { spec: TranslationSpec; locale: string; pathInFolder: string } | undefined {
  const slash = relativePath.indexOf('/');
  if (slash === -1) return undefined;
  const rest = relativePath.slice(slash + 1);
  const spec = [...TRANSLATION_SPECS].sort((a, b) => b.dir.length - a.dir.length).find((s) => rest.startsWith(`${s.dir}/`));
  return spec ? { spec, locale: relativePath.slice(0, slash), pathInFolder: rest.slice(spec.dir.length + 1) } : undefined;
}

/**
 * Translations: a file under content/<locale>/ at its original's place, named after the
 * original's id (an article published as /articles/refunds/ is translated in
 * content/de/articles/…/refunds.mdx, whatever its sub-folder). Its own `slug:` is only its
 * address in that language. Each translatable collection has one collection of translations.
 */
export interface TranslationSpec extends CollectionSpec {
  /** The collection the originals are in. */
  original: CollectionName;
}

const identityByStem = { idOf: (p: string) => stem(p), idFromFileName: 'stem' } as const;

export const TRANSLATION_TABLE = {
  categories: { ...COLLECTION_TABLE.categories, name: 'categoryTranslations', original: 'categories', schema: GroupTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  sections: { ...COLLECTION_TABLE.sections, name: 'sectionTranslations', original: 'sections', schema: GroupTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  authors: { ...COLLECTION_TABLE.authors, name: 'authorTranslations', original: 'authors', schema: AuthorTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  articles: { ...COLLECTION_TABLE.articles, ...identityByStem, name: 'articleTranslations', original: 'articles', schema: ArticleTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  faqs: { ...COLLECTION_TABLE.faqs, name: 'faqTranslations', original: 'faqs', schema: FaqTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  topics: { ...COLLECTION_TABLE.topics, name: 'topicTranslations', original: 'topics', schema: GroupTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  questions: { ...COLLECTION_TABLE.questions, name: 'questionTranslations', original: 'questions', schema: QuestionTranslationSchema, schemaFile: 'src/schemas/translation.ts' },
  answers: { ...COLLECTION_TABLE.answers, name: 'answerTranslations', original: 'answers', schema: AnswerTranslationSchema, schemaFile: 'src/schemas/translation.ts', frontmatter: 'optional' },
} as const satisfies Partial<Record<CollectionName, TranslationSpec>>;

export type TranslatableName = keyof typeof TRANSLATION_TABLE;
export const TRANSLATION_SPECS: readonly TranslationSpec[] = Object.values(TRANSLATION_TABLE);

/**
 * The glob of a collection's translations, relative to content/: "{de,ar}/articles/**\/*.mdx",
 * for one or more languages besides the site's own.
 */
export function translationPattern(spec: CollectionSpec, localeCodes: readonly string[]): string {
  if (localeCodes.length === 0) throw new Error(`translationPattern(${spec.dir}): no other language, so no translations to find`);
  const locales = localeCodes.length === 1 ? localeCodes[0] : `{${localeCodes.join(',')}}`;
  return `${locales}/${spec.dir}/${filePattern(spec)}`;
}

/** A translation's locale and original id from its path relative to content/ ("de/articles/x/refunds.mdx"). */
export function translationIdentity(spec: TranslationSpec, relativePath: string): { locale: string; id: string } {
  const [locale = '', ...rest] = relativePath.split('/');
  const pathInFolder = rest.join('/').slice(spec.dir.length + 1);
  return { locale, id: spec.idOf(pathInFolder, {}) };
}
