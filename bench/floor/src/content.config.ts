// Every article of the corpus, with a schema that accepts any frontmatter: the floor does not validate.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const corpus = process.env.FLOOR_CONTENT;
if (!corpus) throw new Error('set FLOOR_CONTENT to the corpus folder, e.g. bench/.corpus/2000');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${corpus}/articles` }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
