import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from './lib/content/paths';
import { COLLECTION_TABLE, filePattern, TRANSLATION_TABLE, translationIdentity, translationPattern, type CollectionSpec, type TranslationSpec } from './lib/content/collections';
import { loadSettings } from './lib/content/settings';
import { siteLocales, translationLocales } from './lib/i18n/locales';

/**
 * Every collection a writer can add to, made from the one table in src/lib/content/collections.ts
 * (folder, file pattern, id rule, schema). The schemas in src/schemas/ document every field and
 * its default; the content check (src/integrations/content-check.ts) reads the same table.
 */
function collectionOf<Schema extends z.ZodType>(spec: Omit<CollectionSpec, 'schema'> & { schema: () => Schema }) {
  return defineCollection({
    loader: glob({
      pattern: filePattern(spec),
      base: path.join(contentDir(), spec.dir),
      generateId: ({ entry, data }) => spec.idOf(entry.split(path.sep).join('/'), data),
    }),
    schema: spec.schema(),
  });
}

/** The languages other than the site's own: each has a folder of translations (content/de/…). */
const others = translationLocales(siteLocales(loadSettings(contentDir()))).map((l) => l.code);

/** The translations of one collection, in every other language: ids are "<locale>/<original id>". */
function translationsOf<Schema extends z.ZodType>(spec: Omit<TranslationSpec, 'schema'> & { schema: () => Schema }) {
  // A one-language site has no translations: an empty loader, where a glob would warn on every build that it found no files.
  const loader = others.length
    ? glob({
      pattern: translationPattern(spec, others),
      base: contentDir(),
      generateId: ({ entry }) => {
        const { locale, id } = translationIdentity(spec as TranslationSpec, entry.split(path.sep).join('/'));
        return `${locale}/${id}`;
      },
    })
    : () => [];
  return defineCollection({ loader, schema: spec.schema() });
}

const table = COLLECTION_TABLE;
const translations = TRANSLATION_TABLE;

export const collections = {
  categories: collectionOf(table.categories),
  sections: collectionOf(table.sections),
  authors: collectionOf(table.authors),
  articles: collectionOf(table.articles),
  snippets: collectionOf(table.snippets),
  faqs: collectionOf(table.faqs),
  topics: collectionOf(table.topics),
  questions: collectionOf(table.questions),
  answers: collectionOf(table.answers),
  categoryTranslations: translationsOf(translations.categories),
  sectionTranslations: translationsOf(translations.sections),
  authorTranslations: translationsOf(translations.authors),
  articleTranslations: translationsOf(translations.articles),
  faqTranslations: translationsOf(translations.faqs),
  topicTranslations: translationsOf(translations.topics),
  questionTranslations: translationsOf(translations.questions),
  answerTranslations: translationsOf(translations.answers),
};
