import { z } from 'astro/zod';
import { DateSchema, RedirectPathSchema, SitePathSchema, SlugSchema } from './shared';

/** The frontmatter of a knowledge-base article (an .mdx file under content/articles/). */
export function ArticleSchema() {
  return z.strictObject({
    /** The question or task the article answers, shown as its heading. Required. */
    title: z.string().min(1).max(120),
    /** One sentence for search results, link previews and the meta description. Required. */
    description: z.string().min(1).max(300),
    /** The section's file name without extension, e.g. "invoices". Required. */
    section: SlugSchema(),
    /** The author's file name without extension, e.g. "amara-okafor". Required. */
    author: SlugSchema(),
    /** The day the article was first published, YYYY-MM-DD. Required. */
    created: DateSchema(),
    /** The day of the last meaningful change, YYYY-MM-DD; not before `created`. Default: none. */
    updated: DateSchema().optional(),
    /** Short topic words; articles sharing labels are offered as related. Default: []. */
    labels: z
      .array(SlugSchema())
      .refine((labels) => new Set(labels).size === labels.length, 'a label is listed twice: remove the repeat')
      .default([]),
    /** Show the article under "Promoted articles" on the home page and first in its section. Default: false. */
    promoted: z.boolean().default(false),
    /** Keep the article out of production builds while it is being written. Default: false. */
    draft: z.boolean().default(false),
    /** Position within its section, lowest first; articles without one follow, by title. Default: none. */
    order: z.number().int().optional(),
    /** Image under public/ used for link previews, e.g. "/images/invoices.svg". Default: the site logo. */
    image: SitePathSchema('"/images/invoices.svg"').optional(),
    /** Old URL paths that must redirect here after a move or rename, e.g. ["/articles/old-name/"]. Default: []. */
    redirectFrom: z.array(RedirectPathSchema()).default([]),
    /** The author (a file name in content/authors/) who keeps this article true; `npm run stale` lists it under them. Default: the author. */
    owner: SlugSchema().optional(),
    /** The day by which someone should check that the article is still right, YYYY-MM-DD. Default: none (see review.intervalDays in settings.yaml). */
    reviewBy: DateSchema().optional(),
    /** The day someone last checked the article against the product, YYYY-MM-DD; shown as "Reviewed on …" when review.showReviewed is on. Default: none. */
    reviewed: DateSchema().optional(),
    /** The file name is the slug; set this to publish under another one. Default: the file name. */
    slug: SlugSchema().optional(),
  }).refine((a) => !a.updated || a.updated >= a.created, {
    message: '`updated` is earlier than `created`; use the day of the last change or remove `updated`',
    path: ['updated'],
  });
}

export type ArticleData = z.output<ReturnType<typeof ArticleSchema>>;
