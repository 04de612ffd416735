/**
 * Which of the help center's components a file uses, with their literal props and where: the
 * snippets it includes (for the snippet checks, and to follow snippets when a page is built) and
 * the video platforms it embeds (whose players its Content-Security-Policy must allow).
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VideoPlatform } from '../security/csp';
import { platformOf } from './video';

export interface ComponentUse {
  name: string;
  /** Props written as plain attributes: text, or true for a bare one. Expressions are left out. */
  props: Record<string, string | true>;
  line: number;
  column: number;
}

/** Every use of a capitalised component in a tree, in document order; lines counted from `lineOffset` + 1. */
export function componentUses(tree: Root, lineOffset = 0): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(tree, (node: Nodes) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !/^[A-Z]/.test(node.name)) return;
    const props: Record<string, string | true> = {};
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string')) props[a.name] = a.value ?? true;
    }
    const start = node.position?.start;
    uses.push({ name: node.name, props, line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1 });
  });
  return uses;
}

/** What a page must know about a file before it renders it: the snippets it includes and the platforms of its videos. */
export interface ContentUsage {
  snippets: string[];
  videoPlatforms: VideoPlatform[];
}

export function usageOf(uses: readonly ComponentUse[]): ContentUsage {
  const snippets = uses.filter((u) => u.name === 'Snippet' && typeof u.props.id === 'string').map((u) => u.props.id as string);
  const platforms = uses.filter((u) => u.name === 'Video').map((u) => platformOf(u.props)).filter((p): p is VideoPlatform => p !== undefined);
  return { snippets: [...new Set(snippets)], videoPlatforms: [...new Set(platforms)] };
}

/**
 * The video platforms a page shows, following its snippets (and theirs): `usageOfSnippet` gives
 * a snippet's own usage, or undefined for an unknown one. A snippet met twice is read once, so a
 * cycle (which the content check refuses) cannot loop here.
 */
export function platformsThroughSnippets(page: ContentUsage, usageOfSnippet: (id: string) => ContentUsage | undefined): VideoPlatform[] {
  const platforms = new Set(page.videoPlatforms);
  const seen = new Set<string>();
  const queue = [...page.snippets];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const usage = usageOfSnippet(id);
    if (!usage) continue;
    usage.videoPlatforms.forEach((p) => platforms.add(p));
    queue.push(...usage.snippets);
  }
  return [...platforms].sort();
}

/** The ids of a circle of includes from snippet `id` back to itself ("a", "b", "a"), or undefined when it has none. */
export function snippetCycle(id: string, usageOfSnippet: (id: string) => ContentUsage | undefined): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [id];
  const seen = new Set<string>();
  while (queue.length) {
    const current = queue.shift()!;
    for (const next of usageOfSnippet(current)?.snippets ?? []) {
      if (next === id) {
        const path = [current];
        for (let p = previous.get(current); p !== undefined; p = previous.get(p)) path.unshift(p);
        return [...path, id];
      }
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return undefined;
}
