import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { plainText } from '../lib/faq/extract';
import { addToFrontmatter, isInside } from './remark-faq';

/**
 * For the files of the given folder (community questions and answers): hands the text a reader
 * sees to the page as `remarkPluginFrontmatter.plainText`, for the QAPage JSON-LD and the
 * "Accepted answer" excerpt. Taken after smart punctuation, so it matches the page word for word.
 */
export function remarkPlainText(options: { dir: string }) {
  return (tree: Root, file: VFile) => {
    if (isInside(file, options.dir)) addToFrontmatter(file, { plainText: plainText(tree) });
  };
}
