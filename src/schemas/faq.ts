import { z } from 'astro/zod';
import { DateSchema, SlugSchema } from './shared';

/**
 * The frontmatter of an FAQ page (an .mdx file under content/faq/). Its body holds the questions:
 * each `##` heading is a question, and everything up to the next `##` heading is its answer.
 */
export function FaqSchema() {
  return z
    .strictObject({
      /** The page's heading, e.g. "Billing and plans FAQ". Required. */
      title: z.string().min(1).max(120),
      /** One sentence for the FAQ index, search results and the meta description. Required. */
      description: z.string().min(1).max(300),
      /** Position on the FAQ index, lowest first; ties sort by title. Default: 100. */
      order: z.number().int().default(100),
      /** A category's file name; the category page then links to this FAQ. Default: none. */
      category: SlugSchema().optional(),
      /** A section's file name; the section page (and its category page) then link to this FAQ. Default: none. */
      section: SlugSchema().optional(),
      /** The day of the last meaningful change, YYYY-MM-DD, shown under the title. Default: none. */
      updated: DateSchema().optional(),
      /** Keep the page out of production builds while it is being written. Default: false. */
      draft: z.boolean().default(false),
    })
    .refine((f) => !(f.category && f.section), {
      message: 'give either `category` or `section`, not both (a section already belongs to a category)',
      path: ['section'],
    });
}

export type FaqData = z.output<ReturnType<typeof FaqSchema>>;
