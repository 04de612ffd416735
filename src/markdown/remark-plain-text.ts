import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { inlineSnippets } from '../lib/content-components/snippet-text';
import { plainText } from '../lib/faq/extract';
import { componentText } from '../schemas/content-components';
import { addToFrontmatter, isInside } from './remark-faq';
import { snippetTrees } from './snippet-trees';

/**
 * For the files of the given folder (community questions and answers): hands the text a reader
 * sees to the page as `remarkPluginFrontmatter.plainText`, for the QAPage JSON-LD and the
 * "Accepted answer" excerpt, snippets and the words components show included. Taken after
 * smart punctuation, so it matches the page word for word.
 */
export function remarkPlainText(options: { dir: string | readonly string[]; snippetsDir: string }) {
  const treeOf = snippetTrees(options.snippetsDir);
  return (tree: Root, file: VFile) => {
    if (isInside(file, options.dir)) addToFrontmatter(file, { plainText: plainText(inlineSnippets(tree, treeOf), componentText) });
  };
}
