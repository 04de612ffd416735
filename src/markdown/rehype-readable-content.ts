import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { translatorFor } from '../i18n';
import { makeMediaResponsive } from '../lib/site/responsive-media';

/**
 * Tables that stack on a phone, images that open at full size, labelled task lists
 * (src/lib/site/responsive-media.ts); the words it adds are in the content's language: `locale`,
 * or a translation's own (`localeOf` the file).
 */
export function rehypeReadableContent(options: { locale: string; localeOf?: (filePath: string) => string }) {
  return (tree: Root, file: VFile) => makeMediaResponsive(tree, translatorFor(file.path && options.localeOf ? options.localeOf(file.path) : options.locale));
}
