import { z } from 'astro/zod';

/**
 * The frontmatter of a snippet (an .mdx file under content/snippets/): a piece of text that
 * several articles or FAQ pages include with `<Snippet id="file-name" />`. Nothing of it is
 * published on its own; both fields are notes for the writers who find it in the folder, and the
 * frontmatter itself may be left out.
 */
export function SnippetSchema() {
  return z.strictObject({
    /** What the snippet is, for writers browsing content/snippets/, e.g. "Contacting the billing team". Default: none. */
    title: z.string().trim().min(1).max(120).optional(),
    /** When to use it, e.g. "At the end of every article about payments". Default: none. */
    description: z.string().trim().min(1).max(300).optional(),
  });
}

export type SnippetData = z.output<ReturnType<typeof SnippetSchema>>;
