import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir } from './lib/content/paths';
import { COLLECTION_TABLE, filePattern, type CollectionSpec } from './lib/content/collections';

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

const table = COLLECTION_TABLE;

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
};
