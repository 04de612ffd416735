import { z } from 'astro/zod';

/** A community topic groups questions, e.g. "Time tracking". One YAML file each under content/community/topics/. */
export function TopicSchema() {
  return z.strictObject({
    /** Name shown on the community home, headings and breadcrumbs. Required. */
    title: z.string().min(1).max(80),
    /** One or two sentences shown under the title: what belongs in this topic. Required. */
    description: z.string().min(1).max(300),
    /** Position on the community home, lowest first; ties sort by title. Default: 100. */
    order: z.number().int().default(100),
    /** A single emoji or short symbol shown beside the title. Default: none. */
    icon: z.string().max(4).optional(),
  });
}

export type TopicData = z.output<ReturnType<typeof TopicSchema>>;
