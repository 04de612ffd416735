import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/paths';
import { ArticleSchema } from './schemas/article';
import { AuthorSchema } from './schemas/author';
import { CategorySchema } from './schemas/category';
import { AnswerSchema } from './schemas/answer';
import { FaqSchema } from './schemas/faq';
import { QuestionSchema } from './schemas/question';
import { SectionSchema } from './schemas/section';
import { TopicSchema } from './schemas/topic';

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
  /** FAQ pages: one .mdx file each; the file name is the slug. */
  faqs: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: dir('faq'), generateId: ({ entry }) => fileStem(entry) }), schema: FaqSchema() }),
  /** Community Q&A: topics (YAML), questions (one .mdx each, the file name is the slug) and answers. */
  topics: defineCollection({ loader: yamlFiles('community/topics'), schema: TopicSchema() }),
  questions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: dir('community/questions'), generateId: ({ entry }) => fileStem(entry) }),
    schema: QuestionSchema(),
  }),
  answers: defineCollection({
    // An answer's id is its path under answers/ (e.g. "split-a-meeting/ines"): unique whatever the files are called.
    loader: glob({ pattern: '**/*.mdx', base: dir('community/answers'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '').split(path.sep).join('/') }),
    schema: AnswerSchema(),
  }),
};
