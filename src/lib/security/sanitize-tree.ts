/**
 * The second line of defence of safe mode: what hast-util-sanitize keeps of a safe file's tree
 * once Markdown has become HTML, configured once by SANITIZE_SCHEMA. MDX keeps a writer's HTML
 * and the help center's components as JSX nodes, which a sanitiser would drop wholesale: plain
 * HTML elements become ordinary elements first (so the sanitiser judges them like any other),
 * and each component is set aside, its own children sanitised, and put back where it was.
 * Expressions and imports, which the check has refused already, are removed outright.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { sanitize } from 'hast-util-sanitize';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SANITIZE_SCHEMA } from './html-policy';

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type AnyNode = Root | RootContent | JsxNode;

/** The stand-in a component takes while the sanitiser runs: a tag no writer can type in MDX. */
const PLACEHOLDER = 'help-center-component';

const SCHEMA = {
  ...SANITIZE_SCHEMA,
  tagNames: [...(SANITIZE_SCHEMA.tagNames ?? []), PLACEHOLDER],
  attributes: { ...SANITIZE_SCHEMA.attributes, [PLACEHOLDER]: ['dataSlot'] },
};

const isJsx = (node: AnyNode): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** A writer's `<kbd title="…">` as a plain element: literal attributes only, children as they are. */
function toElement(node: JsxNode): Element {
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string')) {
      properties[attribute.name] = attribute.value ?? true;
    }
  }
  const element = h(node.name!, properties);
  element.children = node.children as ElementContent[];
  if (node.position) element.position = node.position;
  return element;
}

/** Replaces JSX by elements or placeholders, throughout; returns the components set aside, by slot. */
function prepare(parent: { children: AnyNode[] }, components: JsxNode[]): void {
  parent.children = parent.children.flatMap((child): AnyNode[] => {
    if (CODE_NODES.has(child.type)) return [];
    if (isJsx(child)) {
      if (child.name === null) {
        // A fragment renders only its children.
        prepare(child as unknown as { children: AnyNode[] }, components);
        return child.children as AnyNode[];
      }
      if (/^[A-Z]/.test(child.name)) {
        child.children = sanitizeChildren(child.children as AnyNode[]) as typeof child.children;
        components.push(child);
        return [{ type: 'element', tagName: PLACEHOLDER, properties: { dataSlot: String(components.length - 1) }, children: [] }];
      }
      const element = toElement(child);
      prepare(element as unknown as { children: AnyNode[] }, components);
      return [element];
    }
    if ('children' in child) prepare(child as unknown as { children: AnyNode[] }, components);
    return [child];
  });
}

/** Puts every component back where its placeholder is. */
function restore(parent: { children: AnyNode[] }, components: readonly JsxNode[]): void {
  parent.children = parent.children.map((child) => {
    if (child.type === 'element' && child.tagName === PLACEHOLDER) return components[Number(child.properties.dataSlot)]!;
    if ('children' in child) restore(child as unknown as { children: AnyNode[] }, components);
    return child;
  });
}

function sanitizeChildren(children: AnyNode[]): AnyNode[] {
  const root = { type: 'root', children } as unknown as Root;
  const components: JsxNode[] = [];
  prepare(root as unknown as { children: AnyNode[] }, components);
  const clean = sanitize(root, SCHEMA) as Root;
  restore(clean as unknown as { children: AnyNode[] }, components);
  return clean.children as AnyNode[];
}

/** The safe version of a rendered MDX tree (a new tree; the given one is consumed). */
export function sanitizeContentTree(tree: Root): Root {
  return { ...tree, children: sanitizeChildren(tree.children as AnyNode[]) as RootContent[] };
}
