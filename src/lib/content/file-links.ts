/**
 * Links written as a path to another writer's file, the way the repository's web editor
 * previews them: `[refunds](../billing/refunds.mdx)`. The build turns each into the address of
 * the page the file becomes, so a link that works in the editor works on the site too.
 */
import { answerAnchor } from '../community/model';
import { urls } from '../site/urls';
import { collectionOfPath } from './collections';

/** Whether a link's address names an MDX file by a relative path (fragment and query allowed). */
export function isFileLink(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(url) && /\.mdx(?:[?#]|$)/.test(url);
}

/**
 * The page address of a content file, given its path relative to content/ (forward slashes)
 * and its frontmatter; undefined for a file that has no page of its own.
 */
export function pageUrlOfFile(relativePath: string, data: Record<string, unknown>): string | undefined {
  const found = collectionOfPath(relativePath);
  if (!found) return undefined;
  const id = found.spec.idOf(found.pathInFolder, data);
  switch (found.spec.name) {
    case 'articles': return urls.article(id);
    case 'faqs': return urls.faq(id);
    case 'questions': return urls.question(id);
    case 'answers': return `${urls.question(String(data.question ?? id.split('/')[0]))}#${answerAnchor(id)}`;
    default: return undefined;
  }
}

/**
 * Resolves a file link from the file it is written in: "../billing/refunds.mdx#steps" in
 * content/articles/start/a.mdx names content/articles/billing/refunds.mdx. Returns that file's
 * path relative to content/, and what followed the file name (#fragment or ?query).
 */
export function resolveFileLink(url: string, fromFile: string): { file: string; rest: string } {
  const at = url.search(/[?#]/);
  const filePart = at === -1 ? url : url.slice(0, at);
  const rest = at === -1 ? '' : url.slice(at);
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of decodeURIComponent(filePart).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return { file: parts.join('/'), rest };
}
