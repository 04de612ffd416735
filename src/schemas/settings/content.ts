import { z } from 'astro/zod';
import type { TrustSettings } from '../../lib/content/collections';

const TrustSchema = () => z.enum(['safe', 'full'], { error: 'write safe or full' });

/**
 * The `content:` block of content/settings.yaml: how far the MDX of articles and FAQ pages is
 * trusted. Community questions and answers are always safe, whatever this says.
 *
 * - `safe` (the default): Markdown, GFM, comments, the help center's components and a
 *   GitHub-like set of HTML elements. No imports, exports or JavaScript expressions, no event
 *   handlers, scripts, styles, frames or forms, no javascript: or data: links. Anything refused
 *   fails the check and the build at its line, before any of the file is compiled.
 * - `full`: any MDX, imports and expressions included. Only for a repository whose every writer
 *   may run code on the build machine (and its secrets in CI) and in visitors' browsers: an
 *   expression such as {process.env.HOME} is evaluated at build time and published. The
 *   Content-Security-Policy still blocks inline scripts in the browser.
 */
export function ContentSettingsSchema() {
  return z.strictObject({
    /** safe or full for both, or per area: { articles: full, faq: safe }. Default: safe. */
    trust: z
      .union([
        TrustSchema(),
        z.strictObject({
          /** Articles under content/articles/. Default: safe. */
          articles: TrustSchema().default('safe'),
          /** FAQ pages under content/faq/. Default: safe. */
          faq: TrustSchema().default('safe'),
        }),
      ])
      .default('safe')
      .transform((trust): TrustSettings => (typeof trust === 'string' ? { articles: trust, faq: trust } : trust)),
  });
}

export type ContentSettings = z.output<ReturnType<typeof ContentSettingsSchema>>;
