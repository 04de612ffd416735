import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { parseBody } from '../lib/checks/mdx-syntax';
import { splitFrontmatter } from '../lib/content/frontmatter';
import { remarkAlerts } from './remark-alerts';

/** remark-smartypants' transform, which needs no processor: the plugin Astro runs on every MDX file before ours. */
const smartQuotes = (remarkSmartypants as unknown as () => (tree: Root) => void)();

/**
 * The Markdown trees of the snippets under `dir` (content/snippets/), by id, read when asked and
 * again when a file changes, for the plain text of pages that include them (see inlineSnippets).
 */
export function snippetTrees(dir: string): (id: string) => Root | undefined {
  const cache = new Map<string, { mtime: number; tree: Root }>();
  return (id) => {
    const file = findSnippet(dir, id);
    if (!file) return undefined;
    const mtime = fs.statSync(file).mtimeMs;
    const cached = cache.get(file);
    if (cached?.mtime === mtime) return cached.tree;
    let tree: Root;
    try {
      tree = parseBody(splitFrontmatter(fs.readFileSync(file, 'utf8')).body);
    } catch {
      // A syntax error is the content check's to report, at its line; the page's text goes without this snippet.
      return undefined;
    }
    // As in the pipeline: quotes curled as Astro curls them, and `> [!NOTE]` read as the callout it becomes.
    smartQuotes(tree);
    remarkAlerts()(tree, { path: file } as never);
    cache.set(file, { mtime, tree });
    return tree;
  };
}

/** content/snippets/<id>.mdx, or the file of that name in one of its folders. */
function findSnippet(dir: string, id: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const found = (fs.readdirSync(dir, { recursive: true }) as string[]).find((f) => path.basename(f) === `${id}.mdx`);
  return found ? path.join(dir, found) : undefined;
}
