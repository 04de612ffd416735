import type { Root } from 'hast';
import { makeMediaResponsive } from '../lib/site/responsive-media';

/** Tables that stack on a phone, images that open at full size, labelled task lists (src/lib/site/responsive-media.ts). */
export function rehypeReadableContent() {
  return (tree: Root) => makeMediaResponsive(tree);
}
