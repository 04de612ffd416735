/**
 * What some components must hold, checked on the writer's syntax tree with the props: `<Steps>`
 * one numbered list, `<Tabs>` only `<TabItem>`s with different labels, `<CardGrid>` only
 * `<Card>`s, `<Kbd>` a key either between its tags or in `keys`. Each problem names the node to
 * report it at; the content check (src/lib/checks/safe-mdx.ts) adds the file, line and column.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface StructureProblem {
  /** Where to report it; the component itself when undefined. */
  node?: Nodes;
  message: string;
  hint: string;
}

/** Content that renders nothing, which may stand anywhere: comments ({/* … *\/}) and blank text. */
function isSilent(node: Nodes): boolean {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return node.data?.estree?.body.length === 0;
  return node.type === 'text' && node.value.trim() === '';
}

const meaningful = (node: JsxElement) => (node.children as Nodes[]).filter((c) => !isSilent(c));

const attribute = (node: JsxElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found?.type === 'mdxJsxAttribute' ? found.value : undefined;
};

const NODE_NAMES: Record<string, string> = { paragraph: 'a paragraph', heading: 'a heading', code: 'a code block', blockquote: 'a quote', table: 'a table', thematicBreak: 'a line', html: 'HTML', image: 'an image' };

/** A node as a writer would name it: "a paragraph", "a bulleted list", "<Card>". */
const describe = (node: Nodes) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `<${node.name ?? ''}>` : node.type === 'list' ? (node.ordered ? 'a numbered list' : 'a bulleted list') : NODE_NAMES[node.type] ?? node.type;

/** `<Steps>`: exactly one ordered list, whose items are the steps. */
export function stepsStructure(node: JsxElement): StructureProblem[] {
  const content = meaningful(node);
  const list = content[0];
  if (content.length === 1 && list?.type === 'list' && list.ordered) return [];
  const stray = content.find((c) => !(c.type === 'list' && c.ordered)) ?? content[1];
  return [{
    node: stray,
    message: content.length === 0
      ? '`<Steps>` is empty: it must hold one numbered list'
      : `\`<Steps>\` must hold one numbered list and nothing else, but it holds ${stray && stray !== content[1] ? describe(stray) : content.length > 1 ? `${describe(list!)} and then ${describe(content[1]!)}` : describe(list!)}`,
    hint: 'write each step as "1. …", "2. …" between <Steps> and </Steps> (a step can hold more paragraphs, indented under it); put any introduction before <Steps>',
  }];
}

/** `<Tabs>`: two or more `<TabItem>`s, each with its own label. */
export function tabsStructure(node: JsxElement): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const content = meaningful(node);
  const items = content.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'TabItem');
  for (const stray of content.filter((c) => !items.includes(c as MdxJsxFlowElement))) {
    problems.push({ node: stray, message: `\`<Tabs>\` holds ${describe(stray)}, but only \`<TabItem>\`s may stand directly inside it`, hint: 'put this inside one of the <TabItem label="…"> … </TabItem>, or before <Tabs>' });
  }
  if (items.length < 2) {
    problems.push({ message: `\`<Tabs>\` has ${items.length === 0 ? 'no' : 'only one'} \`<TabItem>\``, hint: 'tabs choose between two or more versions, e.g. <TabItem label="macOS"> and <TabItem label="Windows">; for one version, write it without tabs' });
  }
  const seen = new Set<string>();
  for (const item of items) {
    const label = attribute(item, 'label');
    if (typeof label !== 'string') continue;
    if (seen.has(label)) problems.push({ node: item, message: `two tabs of this \`<Tabs>\` are labelled "${label}"`, hint: 'give each <TabItem> its own label: visitors choose by it, and tabs with the same syncKey follow each other by it' });
    seen.add(label);
  }
  return problems;
}

/** `<CardGrid>`: only `<Card>`s. */
export function cardGridStructure(node: JsxElement): StructureProblem[] {
  return meaningful(node)
    .filter((c) => !((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && c.name === 'Card'))
    .map((stray) => ({ node: stray, message: `\`<CardGrid>\` holds ${describe(stray)}, but only \`<Card>\`s may stand in it`, hint: 'write each link as <Card title="…" href="…">one line about it</Card>; put other text before or after the grid' }));
}

/** `<Kbd>`: a key between its tags, or a combination in `keys`, but not both. */
export function kbdStructure(node: JsxElement): StructureProblem[] {
  const hasKeys = attribute(node, 'keys') !== undefined;
  const hasText = meaningful(node).length > 0;
  if (hasKeys && hasText) return [{ message: '`<Kbd>` has both keys="…" and text between its tags', hint: 'use one: <Kbd>Esc</Kbd> for one key, <Kbd keys="Ctrl+K" /> for keys pressed together' }];
  if (!hasKeys && !hasText) return [{ message: '`<Kbd>` names no key', hint: 'write the key between the tags, <Kbd>Esc</Kbd>, or keys pressed together as <Kbd keys="Ctrl+K" />' }];
  return [];
}

/** The headings of a snippet, each a problem: a page's outline (its table of contents, its FAQ questions) is written in the page itself. */
export function headingProblems(tree: { children: Nodes[] }): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const walk = (nodes: Nodes[]) => {
    for (const n of nodes) {
      if (n.type === 'heading') problems.push({ node: n, message: 'a snippet cannot hold a heading', hint: 'put the heading in each page, just above its <Snippet id="…" />: headings in a snippet would be missing from the page\'s table of contents and, on an FAQ page, would become questions nobody wrote there' });
      else if ('children' in n) walk(n.children as Nodes[]);
    }
  };
  walk(tree.children);
  return problems;
}

/**
 * Block components written on consecutive lines (three `<Card …>…</Card>` lines in a row, say)
 * are read by MDX as one paragraph of inline elements, which would put blocks inside a <p>.
 * Such a paragraph, holding nothing but block components and line breaks, is replaced by the
 * components themselves, standing on their own, as the writer meant. A paragraph with words of
 * its own around a block component is left as it is, for the check to refuse.
 */
export function liftBlockComponents(tree: { children: Nodes[] }, isBlock: (name: string) => boolean): void {
  const lift = (parent: { children: Nodes[] }) => {
    parent.children = parent.children.flatMap((node): Nodes[] => {
      if (node.type === 'paragraph') {
        const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
        const allBlocks = content.length > 0 && content.every((c) => c.type === 'mdxJsxTextElement' && c.name !== null && isBlock(c.name));
        if (allBlocks) {
          return content.map((c) => {
            const element = { ...(c as MdxJsxTextElement), type: 'mdxJsxFlowElement' } as unknown as MdxJsxFlowElement;
            lift(element as unknown as { children: Nodes[] });
            return element;
          });
        }
      }
      if ('children' in node) lift(node as unknown as { children: Nodes[] });
      return [node];
    });
  };
  lift(tree);
}
