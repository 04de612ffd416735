import { z } from 'astro/zod';
import { SitePathSchema } from './shared';

/** A person who writes articles or answers. One YAML file each; the file name is the author's id. */
export function AuthorSchema() {
  return z.strictObject({
    /** Full name as shown on the page. Required. */
    name: z.string().min(1),
    /** Job title shown beside the name, e.g. "Support engineer". Default: none. */
    role: z.string().optional(),
    /** Path of an image under public/, e.g. "/avatars/amara.svg". Default: initials are shown. */
    avatar: SitePathSchema('"/avatars/amara.svg"').optional(),
    /** Whether this person works for the support team; their Q&A answers are marked "Official". Default: false. */
    staff: z.boolean().default(false),
  });
}

export type AuthorData = z.output<ReturnType<typeof AuthorSchema>>;
