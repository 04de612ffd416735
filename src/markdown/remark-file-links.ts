import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/content/frontmatter';
import { isFileLink, pageUrlOfFile, resolveFileLink } from '../lib/content/file-links';

/**
 * Rewrites links written as paths to other content files (`../billing/refunds.mdx`) into the
 * addresses of their pages. A path that names no content file is left as written: the link
 * check after the build then reports it at the writer's line.
 */
export function remarkFileLinks(options: { contentDir: string }) {
  const root = path.resolve(options.contentDir);
  const frontmatterOf = (file: string): Record<string, unknown> | undefined => {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) return undefined;
    const yaml = splitFrontmatter(fs.readFileSync(full, 'utf8')).yaml;
    try {
      return (yaml ? parse(yaml) : {}) ?? {};
    } catch {
      return {};
    }
  };
  return (tree: Root, vfile: VFile) => {
    if (!vfile.path) return;
    const from = path.relative(root, path.resolve(vfile.path)).split(path.sep).join('/');
    if (from.startsWith('../')) return;
    visit(tree, (node) => {
      if ((node.type !== 'link' && node.type !== 'definition') || !isFileLink(node.url)) return;
      const { file, rest } = resolveFileLink(node.url, from);
      const data = frontmatterOf(file);
      const url = data && pageUrlOfFile(file, data);
      if (url) node.url = `${url.includes('#') && rest.startsWith('#') ? url.split('#')[0] : url}${rest}`;
    });
  };
}
