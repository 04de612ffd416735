import type { Nodes, Root } from 'mdast';
import { liftBlockComponents } from '../lib/content-components/structure';
import { isBlockComponent } from '../schemas/content-components';

/**
 * Block components written on consecutive lines stand on their own instead of sharing a
 * paragraph (see liftBlockComponents); the content check reads the same tree (src/lib/checks/mdx-syntax.ts).
 */
export function remarkBlockComponents() {
  return (tree: Root) => liftBlockComponents(tree as unknown as { children: Nodes[] }, isBlockComponent);
}
