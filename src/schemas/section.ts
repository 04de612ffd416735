import { z } from 'astro/zod';
import { IconSchema } from './icon';
import { SlugSchema } from './shared';

/** A section holds articles inside one category, and may sit inside another section. One YAML file each. */
export function SectionSchema() {
  return z.strictObject({
    /** Name shown in lists, headings and breadcrumbs. Required. */
    title: z.string().min(1),
    /** One or two sentences shown under the title. Required. */
    description: z.string().min(1),
    /** The category's file name without extension, e.g. "billing". Required. */
    category: SlugSchema(),
    /** Another section's file name, making this one a subsection of it. Default: none. */
    parent: SlugSchema().optional(),
    /** Position among its siblings, lowest first; ties sort by title. Default: 100. */
    order: z.number().int().default(100),
    /** An icon shown beside the title: a name from https://lucide.dev/icons/ (e.g. receipt) or one emoji. Default: none. */
    icon: IconSchema().optional(),
  });
}

export type SectionData = z.output<ReturnType<typeof SectionSchema>>;
