import { z } from 'astro/zod';

/**
 * The `review:` block of content/settings.yaml: when an article is due for someone to check it
 * against the product. An article is due on its own `reviewBy` date, or, with an interval set,
 * that many days after its last change (its `reviewed` or `updated` date, else its file's last
 * commit, else `created`). `npm run stale` lists the due articles by owner.
 */
export function ReviewSettingsSchema() {
  return z.strictObject({
    /** Days after its last change (or review) that an article without a `reviewBy` date becomes due. Default: none (only `reviewBy` dates count). */
    intervalDays: z.number().int().positive().optional(),
    /** Show "Reviewed on …" under the title of articles that have a `reviewed` date. Default: false. */
    showReviewed: z.boolean().default(false),
  });
}

export type ReviewSettings = z.output<ReturnType<typeof ReviewSettingsSchema>>;
