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

/**
 * The `<Snippet id="…">` includes of a body read from its text, without parsing it: what a
 * build uses to tell which snippets some page includes, where the Markdown pipeline (not the
 * content check) parses page bodies. Code (fenced blocks and `inline` spans) is skipped, as
 * the parser would; an include written as an expression is not seen, which at worst makes a
 * snippet look unused (a warning).
 */
export function snippetIncludesInText(body: string, lineOffset = 0): ComponentUse[] {
  // Code is blanked out (newlines kept, so positions stay), then includes are read across lines.
  let fence: string | undefined;
  const blanked = body.split('\n').map((text) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && text.trim() === marker) fence = undefined;
      return ' '.repeat(text.length);
    }
    if (marker) {
      fence = marker;
      return ' '.repeat(text.length);
    }
    return text.replace(/`+[^`]*`+/g, (code) => ' '.repeat(code.length));
  }).join('\n');
  const lineStarts = [0];
  for (let i = 0; i < blanked.length; i++) if (blanked[i] === '\n') lineStarts.push(i + 1);
  const uses: ComponentUse[] = [];
  for (const m of blanked.matchAll(/<Snippet\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > m.index) line--;
    uses.push({ name: 'Snippet', props: { id: m[1] ?? m[2]! }, line: line + 1 + lineOffset, column: m.index - lineStarts[line]! + 1 });
  }
  return uses;
}
