import { z } from 'astro/zod';
import { LinkSchema } from '../shared';

/**
 * The `community:` block of content/settings.yaml: how the community Q&A links to the
 * repository for new questions and answers, and how long its lists are. Every key is optional.
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
    /** Tags listed under "Popular tags" on the community home; the tags page lists every one. Default: 12. */
    popularTags: z.number().int().min(0).default(12),
  });
}

export type CommunitySettings = z.output<ReturnType<typeof CommunitySettingsSchema>>;
