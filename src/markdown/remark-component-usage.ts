import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { componentUses, usageOf } from '../lib/content-components/usage';
import { addToFrontmatter } from './remark-faq';

/**
 * Hands each rendered file's snippets and video platforms to its page as
 * `remarkPluginFrontmatter.usage` (see src/lib/content-components/usage.ts): the page follows
 * the snippets and sets its Content-Security-Policy before anything of it renders.
 */
export function remarkComponentUsage() {
  return (tree: Root, file: VFile) => {
    if (file.path?.endsWith('.mdx')) addToFrontmatter(file, { usage: usageOf(componentUses(tree)) });
  };
}
