import type { Root } from 'hast';
import { translatorFor } from '../i18n';
import { makeMediaResponsive } from '../lib/site/responsive-media';

/**
 * Tables that stack on a phone, images that open at full size, labelled task lists
 * (src/lib/site/responsive-media.ts); the words it adds are in the content's language (`locale`).
 */
export function rehypeReadableContent(options: { locale: string }) {
  const words = translatorFor(options.locale);
  return (tree: Root) => makeMediaResponsive(tree, words);
}
