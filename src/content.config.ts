import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/paths';
import { ArticleSchema } from './schemas/article';
import { AuthorSchema } from './schemas/author';
import { CategorySchema } from './schemas/category';
import { SectionSchema } from './schemas/section';

/**
 * Every collection a writer can add to, each read from its own folder under content/.
 * The schemas (one file each in src/schemas/) document every field and its default.
 * Cross-file rules (unknown section, duplicate slug…) are checked by src/integrations/content-check.ts.
 */
const dir = (name: string) => path.join(contentDir(), name);
const fileStem = (entry: string) => path.basename(entry, path.extname(entry));

/** One YAML file per entry; its file name is its id. */
const yamlFiles = (name: string) => glob({ pattern: '**/*.{yaml,yml}', base: dir(name), generateId: ({ entry }) => fileStem(entry) });

export const collections = {
  categories: defineCollection({ loader: yamlFiles('categories'), schema: CategorySchema() }),
  sections: defineCollection({ loader: yamlFiles('sections'), schema: SectionSchema() }),
  authors: defineCollection({ loader: yamlFiles('authors'), schema: AuthorSchema() }),
  articles: defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: dir('articles'),
      generateId: ({ entry, data }) => (typeof data.slug === 'string' ? data.slug : fileStem(entry)),
    }),
    schema: ArticleSchema(),
  }),
};
