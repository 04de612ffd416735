import { z } from 'astro/zod';
import { IconSchema } from './icon';

/** A category groups sections; it is the first level under the home page. One YAML file each. */
export function CategorySchema() {
  return z.strictObject({
    /** Name shown on cards, headings and breadcrumbs. Required. */
    title: z.string().min(1),
    /** One or two sentences shown under the title. Required. */
    description: z.string().min(1),
    /** Position among categories, lowest first; ties sort by title. Default: 100. */
    order: z.number().int().default(100),
    /** An icon shown on the home page card and beside the title: a name from https://lucide.dev/icons/ (e.g. receipt) or one emoji. Default: none. */
    icon: IconSchema().optional(),
  });
}

export type CategoryData = z.output<ReturnType<typeof CategorySchema>>;
