/**
 * What a writer's MDX body offers and asks of other pages, read from its tree: the addresses
 * its links and images point to, at their file lines, and the anchors its headings get. The
 * anchors are made the way Astro makes them (GitHub's slugger over each heading's text, one
 * slugger per file), so a link to `/articles/x/#a-heading` can be checked before anything builds.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface BodyLink {
  /** As written: "/articles/x/#steps", "../billing/refunds.mdx", "#steps", "https://…". */
  url: string;
  line: number;
  column: number;
  /** An image (or another element that loads a file) rather than a link to a page. */
  image: boolean;
}

/** Attributes of plain HTML elements and components that name an address on or off the site. */
const LINK_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href'], img: ['src'], Card: ['href'] };

/**
 * Every link, link definition, image and linking HTML attribute of a tree, in document order;
 * lines counted from `lineOffset` + 1. Given the body's text, each is placed at its address
 * (where the build's own reading of the text places it too), otherwise at its start.
 */
export function linksOf(tree: Root, lineOffset = 0, source?: string): BodyLink[] {
  const links: BodyLink[] = [];
  const at = (node: Nodes, url?: string) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (source !== undefined && url && start?.offset !== undefined && end?.offset !== undefined) {
      const found = source.slice(start.offset, end.offset).lastIndexOf(url);
      if (found !== -1) {
        const before = source.slice(0, start.offset + found);
        const lineStart = before.lastIndexOf('\n') + 1;
        return { line: before.split('\n').length + lineOffset, column: before.length - lineStart + 1 };
      }
    }
    return { line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1 };
  };
  visit(tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, ...at(node, node.url), image: false });
    else if (node.type === 'image') links.push({ url: node.url, ...at(node, node.url), image: true });
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const names = LINK_ATTRIBUTES[node.name] ?? [];
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !names.includes(attribute.name)) continue;
        links.push({ url: attribute.value, ...at(node, attribute.value), image: node.name === 'img' });
      }
    }
  });
  return links;
}

/** The text Astro reads from a heading for its id: every text and code value inside it. */
function headingText(node: Nodes): string {
  let text = '';
  visit(node, (child: Nodes) => {
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'mdxTextExpression') text += child.value;
  });
  return text;
}

/** The ids the headings of one file get on its page, in order. */
export function headingIdsOf(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (heading) => {
    ids.push(slugger.slug(headingText(heading)));
  });
  return ids;
}
