import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { inlineSnippets } from '../lib/content-components/snippet-text';
import { translatorFor } from '../i18n';
import { extractFaq, wrapFaq } from '../lib/faq/extract';
import { componentText } from '../schemas/content-components';
import { snippetTrees } from './snippet-trees';

/** What Astro keeps of a file's frontmatter; remark plugins may add to it (render() returns it as remarkPluginFrontmatter). */
type AstroFileData = { astro?: { frontmatter?: Record<string, unknown> } };

/** Whether a rendered file lies inside `dir` (or one of `dir`s: a folder and its translations' folders). */
export function isInside(file: VFile, dir: string | readonly string[]): boolean {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  return Boolean(file.path) && dirs.some((d) => path.resolve(file.path).startsWith(path.resolve(d) + path.sep));
}

/** Adds values to the frontmatter Astro hands to the page with the rendered file. */
export function addToFrontmatter(file: VFile, values: Record<string, unknown>): void {
  const data = file.data as AstroFileData;
  data.astro ??= {};
  data.astro.frontmatter = { ...data.astro.frontmatter, ...values };
}

/**
 * For the files of the FAQ folder: groups each `##` question with its answer (see wrapFaq) and
 * hands the question/answer pairs to the page as `remarkPluginFrontmatter.faq`, which the
 * FAQPage JSON-LD is made from; an answer's text includes the snippets it shows (read from
 * `snippetsDir`) and the words components show, in the content's language (`locale`). Other
 * files pass untouched.
 */
export function remarkFaq(options: { dir: string | readonly string[]; snippetsDir: string; locale: string; localeOf?: (filePath: string) => string }) {
  const treeOf = snippetTrees(options.snippetsDir);
  // A translation's components speak its language.
  const wordsOf = (file: VFile) => translatorFor(file.path && options.localeOf ? options.localeOf(file.path) : options.locale);
  return (tree: Root, file: VFile) => {
    if (!isInside(file, options.dir)) return;
    const entries = extractFaq(inlineSnippets(tree, treeOf), (name, props) => componentText(name, props, wordsOf(file)));
    wrapFaq(tree);
    addToFrontmatter(file, { faq: entries.map(({ question, slug, answer }) => ({ question, slug, answer })) });
  };
}
