import { z } from 'astro/zod';
import { IconSchema } from './icon';

/** A community topic groups questions, e.g. "Time tracking". One YAML file each under content/community/topics/. */
export function TopicSchema() {
  return z.strictObject({
    /** Name shown on the community home, headings and breadcrumbs. Required. */
    title: z.string().min(1).max(80),
    /** One or two sentences shown under the title: what belongs in this topic. Required. */
    description: z.string().min(1).max(300),
    /** Position on the community home, lowest first; ties sort by title. Default: 100. */
    order: z.number().int().default(100),
    /** An icon shown on the community home and beside the title: a name from https://lucide.dev/icons/ (e.g. receipt) or one emoji. Default: none. */
    icon: IconSchema().optional(),
  });
}

export type TopicData = z.output<ReturnType<typeof TopicSchema>>;
