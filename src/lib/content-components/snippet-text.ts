/**
 * The plain text of a page whose files include snippets: FAQ answers and community posts become
 * structured data as plain text, taken from their Markdown, where a `<Snippet id="…" />` is only
 * a tag. Each is replaced, in a copy of the tree, by the snippet's own content (and its
 * snippets' in turn), so the structured data says what the page shows.
 */
import type { Nodes, Root } from 'mdast';

/** A copy of `tree` with every `<Snippet id>` replaced by that snippet's tree (from `treeOf`); a snippet met again inside itself is left out. */
export function inlineSnippets(tree: Root, treeOf: (id: string) => Root | undefined, open: ReadonlySet<string> = new Set()): Root {
  const expand = (nodes: Nodes[]): Nodes[] =>
    nodes.flatMap((node): Nodes[] => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Snippet') {
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        const snippet = typeof id === 'string' && !open.has(id) ? treeOf(id) : undefined;
        return snippet ? inlineSnippets(snippet, treeOf, new Set([...open, id as string])).children : [];
      }
      return 'children' in node ? [{ ...node, children: expand(node.children as Nodes[]) } as Nodes] : [node];
    });
  return { ...tree, children: expand(tree.children) as Root['children'] };
}
