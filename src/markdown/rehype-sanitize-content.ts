import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeContentTree } from '../lib/security/sanitize-tree';
import { contentFileOf, type ContentPipelineOptions } from './content-files';

/** Runs the sanitiser over the HTML tree of every writer's file in safe mode (see src/lib/security/sanitize-tree.ts). */
export function rehypeSanitizeContent(options: ContentPipelineOptions) {
  return (tree: Root, file: VFile) => (contentFileOf(file, options)?.trust === 'safe' ? sanitizeContentTree(tree) : undefined);
}
