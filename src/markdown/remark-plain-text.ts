import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { inlineSnippets } from '../lib/content-components/snippet-text';
import { translatorFor } from '../i18n';
import { plainText } from '../lib/faq/extract';
import { componentText } from '../schemas/content-components';
import { addToFrontmatter, isInside } from './remark-faq';
import { snippetTrees } from './snippet-trees';

/**
 * For the files of the given folder (community questions and answers): hands the text a reader
 * sees to the page as `remarkPluginFrontmatter.plainText`, for the QAPage JSON-LD and the
 * "Accepted answer" excerpt, snippets and the words components show (in the content's language,
 * `locale`) included. Taken after smart punctuation, so it matches the page word for word.
 */
export function remarkPlainText(options: { dir: string | readonly string[]; snippetsDir: string; locale: string; localeOf?: (filePath: string) => string }) {
  const treeOf = snippetTrees(options.snippetsDir);
  // A translation's components speak its language.
  const wordsOf = (file: VFile) => translatorFor(file.path && options.localeOf ? options.localeOf(file.path) : options.locale);
  return (tree: Root, file: VFile) => {
    if (isInside(file, options.dir)) addToFrontmatter(file, { plainText: plainText(inlineSnippets(tree, treeOf), (name, props) => componentText(name, props, wordsOf(file))) });
  };
}
