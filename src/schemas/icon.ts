import { z } from 'astro/zod';
import { iconProblem } from '../lib/site/icons';

/**
 * The `icon:` of a category, section or topic: the name of an icon from Lucide's set, e.g.
 * "receipt" (https://lucide.dev/icons/), or a single emoji, drawn as the matching icon when
 * there is one (src/lib/site/icons.ts) and as itself otherwise.
 */
export function IconSchema() {
  return z.string().trim().min(1).superRefine((value, ctx) => {
    const problem = iconProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
