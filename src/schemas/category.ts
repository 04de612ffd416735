import { z } from 'astro/zod';

/** A category groups sections; it is the first level under the home page. One YAML file each. */
export function CategorySchema() {
  return z.strictObject({
    /** Name shown on cards, headings and breadcrumbs. Required. */
    title: z.string().min(1),
    /** One or two sentences shown under the title. Required. */
    description: z.string().min(1),
    /** Position among categories, lowest first; ties sort by title. Default: 100. */
    order: z.number().int().default(100),
    /** A single emoji or short symbol shown on the home page card. Default: none. */
    icon: z.string().max(4).optional(),
  });
}

export type CategoryData = z.output<ReturnType<typeof CategorySchema>>;
