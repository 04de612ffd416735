import { z } from 'astro/zod';
import { LinkSchema } from '../shared';

/**
 * The `community:` block of content/settings.yaml: how the FAQ and the community Q&A link to
 * the repository and how their lists are cut into pages. Every key is optional.
 */
export function CommunitySettingsSchema() {
  return z.strictObject({
    /** The repository's new-file page for "Ask a question" and "Propose an answer", with {path}, {dir}, {filename} and {content}. Default: made from a GitHub `editUrl` (…/new/<branch>?filename={path}&value={content}), else none and only the request form is offered. */
    newFileUrl: LinkSchema('"https://github.com/acme/help/new/main?filename={path}&value={content}"', ['https', 'http'])
      .refine((v) => v.includes('{content}'), { error: 'the new-file URL must contain {content}, where the pre-filled file goes' })
      .optional(),
    /** Questions per page on topic and tag pages. Default: 20. */
    pageSize: z.number().int().positive().default(20),
    /** Questions listed under "Recent activity" on the community home. Default: 8. */
    recentCount: z.number().int().positive().default(8),
    /** Related questions offered on a question page. Default: 5. */
    relatedCount: z.number().int().min(0).default(5),
  });
}

export type CommunitySettings = z.output<ReturnType<typeof CommunitySettingsSchema>>;
