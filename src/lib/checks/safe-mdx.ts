/**
 * Safe mode for MDX: what a file from a pull request may contain, decided on its syntax tree
 * before anything of it is compiled. In safe mode a file may use Markdown, GFM, comments
 * (`{/* … *\/}`), the help center's own components with checked props, and the HTML elements
 * and attributes of src/lib/security/html-policy.ts with safe URLs. Everything else is refused
 * with its line, its column and what to write instead: nothing is dropped without a word.
 *
 * Full mode (`content.trust: full`, for teams whose every writer is trusted) allows any MDX, and
 * only catches the mistakes that would otherwise fail at render time without a file name: a
 * component that is neither ours nor imported, and a name that is defined nowhere.
 */
import type { Program } from 'estree';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { analyze } from 'periscopic';
import { SKIP, visit } from 'unist-util-visit';
import type { ComponentContext, ContentComponentSpec } from '../../schemas/content-components';
import { closeMatches } from '../text/close-matches';
import type { ContentError } from './errors';
import { REFUSED_ELEMENTS, URL_ATTRIBUTES, WRITER_HTML } from '../security/html-policy';
import { checkUrl, unsafeUrlHint } from '../security/safe-url';

export type Trust = 'safe' | 'full';

export interface MdxCheckOptions {
  /** The file, as errors name it. */
  file: string;
  /** Added to the tree's line numbers: the tree of a body parsed on its own starts at line 1. */
  lineOffset: number;
  trust: Trust;
  components: Readonly<Record<string, ContentComponentSpec>>;
  componentContext: ComponentContext;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Positioned = { position?: { start: { line: number; column: number } } };

/** Names MDX gives every expression besides the globals of JavaScript itself. */
const MDX_NAMES = new Set(['props', 'frontmatter', 'components']);

/** A value as an error message quotes it: at most `max` characters, control characters written as escapes. */
function shorten(text: string, max = 40): string {
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

const isComponentName = (name: string) => /^[A-Z]/.test(name);

const ATTRIBUTE_HINTS: Record<string, string> = {
  style: 'use Markdown formatting, or a component such as a callout; inline styles are not allowed',
  class: 'classes belong to the site\'s design: use Markdown formatting or one of the help center\'s components',
  classname: 'classes belong to the site\'s design: use Markdown formatting or one of the help center\'s components',
  id: 'headings get an anchor from their words by themselves; link to #the-heading-words instead of setting an id',
  name: 'link to a heading\'s anchor (#the-heading-words) instead of naming an element',
};

const ELEMENT_HINTS: Record<string, string> = {
  script: 'describe the steps in words; if a page needs behaviour, a developer can add a component for it',
  style: 'use Markdown formatting, or a component such as a callout',
  iframe: 'link to the page instead: [what it shows](https://…)',
  frame: 'link to the page instead: [what it shows](https://…)',
  object: 'link to the file instead, or put an image under public/ and use ![description](/images/…)',
  embed: 'link to the file instead, or put an image under public/ and use ![description](/images/…)',
  form: 'link to the request form instead: [submit a request](/request/)',
  input: 'write a task list in Markdown: "- [ ] step" and "- [x] done"',
  button: 'write a link instead: [what it does](/articles/…)',
  svg: 'save the drawing as a file under public/images/ and use ![description](/images/drawing.svg)',
  math: 'write the formula as text or as an image with a description',
};

/** All problems of one MDX tree, at their file lines and columns. */
export function checkMdxContent(tree: Root, options: MdxCheckOptions): ContentError[] {
  const errors: ContentError[] = [];
  const at = (node: Positioned | undefined, fallback?: Positioned) => {
    const start = node?.position?.start ?? fallback?.position?.start;
    return start ? { line: start.line + options.lineOffset, column: start.column } : { line: options.lineOffset + 1, column: 1 };
  };
  const refuse = (code: string, node: Positioned | undefined, message: string, hint: string, parent?: Positioned) =>
    errors.push({ code, file: options.file, ...at(node, parent), message, hint });

  if (options.trust === 'full') {
    checkNames(tree, options, refuse);
    return errors;
  }

  visit(tree, (node: Nodes, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value);
        refuse(
          isImport ? 'unsafe-import' : 'unsafe-export', node,
          `\`${shorten(node.value.split('\n')[0]!)}\` is refused: ${isImport ? 'an import' : 'an export'} runs code when the site is built`,
          isImport
            ? `remove the line: the help center's components (${Object.keys(options.components).join(', ')}) work without an import`
            : 'remove the line: give the page its data in the frontmatter instead',
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (isOnlyComments(node.data?.estree)) return;
        refuse(
          'unsafe-expression', node,
          `the expression {${shorten(node.value.trim())}} is refused: it would run as JavaScript when the site is built`,
          'write the text itself; for a literal brace write \\{ or put the text in `code`; comments are written {/* like this */}',
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A refused element is reported once; what it holds is refused with it.
        return checkElement(node, parent as Nodes | undefined, options, refuse) ? undefined : SKIP;
      case 'link':
      case 'image':
      case 'definition': {
        const verdict = checkUrl(node.url);
        if (!verdict.safe) {
          refuse('unsafe-url', node, `the ${node.type === 'image' ? 'image address' : 'link'} ${shorten(node.url)} is refused: ${verdict.scheme}: addresses are not allowed`, unsafeUrlHint(verdict.scheme));
        }
        return;
      }
      default:
    }
  });
  return errors;
}

type Refuse = (code: string, node: Positioned | undefined, message: string, hint: string, parent?: Positioned) => void;

/** A `{…}` that holds only comments compiles to nothing, so it is allowed everywhere. */
function isOnlyComments(estree: Program | null | undefined): boolean {
  return Boolean(estree) && estree!.body.length === 0;
}

/** Checks one JSX element; false when the element itself is refused (its content then needs no report of its own). */
function checkElement(node: JsxElement, parent: Nodes | undefined, options: MdxCheckOptions, refuse: Refuse): boolean {
  const name = node.name;
  // A fragment (<>…</>) renders only its children, which are checked on their own.
  if (name === null) return true;
  if (/[.:]/.test(name)) {
    refuse('unknown-element', node, `\`<${name}>\` is refused: only the help center's components and plain HTML elements are allowed`, `use one of the components (${Object.keys(options.components).join(', ')}) or Markdown`);
    return false;
  }
  const tag = name.toLowerCase();
  // <Script> or <SCRIPT> is a component name to MDX, but a writer meant the HTML element: say so.
  const meantHtml = isComponentName(name) && !(name in options.components) && (REFUSED_ELEMENTS[tag] || WRITER_HTML.tags.has(tag));
  if (isComponentName(name) && !meantHtml) return checkComponent(node, name, parent, options, refuse);
  if (REFUSED_ELEMENTS[tag]) {
    refuse('unsafe-element', node, `\`<${name}>\` is refused: ${REFUSED_ELEMENTS[tag]}`, ELEMENT_HINTS[tag] ?? 'write it in Markdown instead');
    return false;
  }
  if (!WRITER_HTML.tags.has(tag)) {
    refuse('unknown-element', node, `\`<${name}>\` is not an HTML element articles may use`, `write it in Markdown, or use an element of the allowed list (${[...WRITER_HTML.tags].slice(0, 12).join(', ')}, …: see src/lib/security/html-policy.ts)`);
    return false;
  }
  if (meantHtml) {
    refuse('unknown-element', node, `\`<${name}>\` is written in capitals, which MDX reads as a component name`, `write the HTML element in lower case: <${tag}>`);
    return false;
  }
  const allowed = WRITER_HTML.attributesOf(tag);
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse('unsafe-attribute', attribute, `the spread attribute {${shorten(attribute.value)}} on \`<${name}>\` is refused: it would run as JavaScript`, 'write each attribute out with its value in quotes, e.g. title="…"', node);
      continue;
    }
    const attrName = attribute.name;
    const lower = attrName.toLowerCase();
    if (lower.startsWith('on')) {
      refuse('unsafe-attribute', attribute, `the attribute \`${attrName}\` on \`<${name}>\` is refused: event handlers run script in the visitor's browser`, 'remove it: nothing in an article can run code', node);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      refuse('unsafe-attribute', attribute, `the attribute \`${attrName}={${shorten(attribute.value.value)}}\` on \`<${name}>\` is refused: its value is JavaScript`, `write the value in quotes: ${attrName}="…"`, node);
      continue;
    }
    if (!allowed.has(lower)) {
      refuse('unknown-attribute', attribute, `the attribute \`${attrName}\` is not allowed on \`<${name}>\``, ATTRIBUTE_HINTS[lower] ?? `remove it; \`<${name}>\` may carry ${[...allowed].sort().join(', ')}`, node);
      continue;
    }
    if (URL_ATTRIBUTES.has(lower) && typeof attribute.value === 'string') {
      const verdict = checkUrl(attribute.value);
      if (!verdict.safe) refuse('unsafe-url', attribute, `\`${attrName}="${shorten(attribute.value)}"\` on \`<${name}>\` is refused: ${verdict.scheme}: addresses are not allowed`, unsafeUrlHint(verdict.scheme), node);
    }
  }
  return true;
}

/** A component's props as plain values: text for quoted attributes, true for a bare one. */
function literalProps(node: JsxElement, name: string, refuse: Refuse): Record<string, string | true> | undefined {
  const props: Record<string, string | true> = {};
  let literal = true;
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse('unsafe-attribute', attribute, `the spread attribute {${shorten(attribute.value)}} on \`<${name}>\` is refused: it would run as JavaScript`, 'write each prop out with its value in quotes', node);
      literal = false;
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      refuse('unsafe-attribute', attribute, `the prop \`${attribute.name}={${shorten(attribute.value.value)}}\` on \`<${name}>\` is refused: its value is JavaScript`, `write the value in quotes: ${attribute.name}="…"`, node);
      literal = false;
    } else {
      props[attribute.name] = attribute.value ?? true;
    }
  }
  return literal ? props : undefined;
}

const jsxName = (node: Nodes | undefined) => (node && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') ? node.name : undefined);

/** Where a component stands and what it holds: on a line of its own if it renders blocks, inside the component it belongs to, content of the right shape. */
function checkPlacement(node: JsxElement, name: string, spec: ContentComponentSpec, parent: Nodes | undefined, refuse: Refuse): void {
  if (spec.placement === 'block' && node.type === 'mdxJsxTextElement') {
    refuse('component-placement', node, `\`<${name}>\` must stand on a line of its own: it cannot be part of a sentence or a paragraph`, `put a blank line before and after <${name} …>`);
  }
  if (spec.parents && !spec.parents.includes(jsxName(parent) ?? '')) {
    refuse('component-placement', node, `\`<${name}>\` can only stand directly inside ${spec.parents.map((p) => `\`<${p}>\``).join(' or ')}`, `put it between <${spec.parents[0]}> and </${spec.parents[0]}>: ${spec.summary}`);
  }
  for (const problem of spec.structure?.(node) ?? []) refuse('component-content', problem.node, problem.message, problem.hint, node);
}

/** Checks a component and its props; false when the component itself is unknown. */
function checkComponent(node: JsxElement, name: string, parent: Nodes | undefined, options: MdxCheckOptions, refuse: Refuse): boolean {
  const spec = options.components[name];
  if (!spec) {
    const close = closeMatches(name, Object.keys(options.components));
    refuse('unknown-component', node, `\`<${name}>\` is not one of the help center's components`, `use ${close.length ? close.join(' or ') : `one of ${Object.keys(options.components).join(', ')}`} (described in src/schemas/content-components.ts), or write it in Markdown`);
    return false;
  }
  if (!spec.children && node.children.length > 0) {
    refuse('component-children', node, `\`<${name}>\` takes no content between its tags`, `write it as <${name} … /> and put the text outside it`);
  }
  checkPlacement(node, name, spec, parent, refuse);
  const props = literalProps(node, name, refuse);
  if (!props) return true;
  const result = spec.props(options.componentContext).safeParse(props);
  if (result.success) return true;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
        refuse('invalid-component-prop', attribute, `\`<${name}>\` has no prop \`${key}\``, `remove it; ${spec.summary}`, node);
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    if (!key) {
      // A rule about the props together (say, one video source of three): reported at the component.
      refuse('invalid-component-prop', node, `\`<${name}>\` is not valid`, issue.message);
      continue;
    }
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
    const missing = props[key] === undefined;
    const value = props[key] === true ? key : `${key}="${String(props[key])}"`;
    refuse(
      'invalid-component-prop', attribute,
      missing ? `\`<${name}>\` needs the prop \`${key}\`` : `\`<${name} ${value}>\` is not valid`,
      missing ? (issue.code === 'custom' ? issue.message : `add ${key}="…": ${spec.summary}`) : issue.message,
      node,
    );
  }
  return true;
}

/** Full mode: components that are neither ours nor imported, and names defined nowhere. */
function checkNames(tree: Root, options: MdxCheckOptions, refuse: Refuse): void {
  const declared = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    const program = node.data?.estree;
    if (program) for (const name of analyze(program).scope.declarations.keys()) declared.add(name);
  });
  const known = (name: string) => declared.has(name) || MDX_NAMES.has(name) || name in globalThis;
  visit(tree, (node: Nodes, _index, parent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const root = node.name?.split('.')[0];
      // Our own components get their props checked in full mode too, when they are written out literally.
      const literal = node.attributes.every((a) => a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string'));
      if (node.name && node.name in options.components && !declared.has(node.name) && literal) checkComponent(node, node.name, parent as Nodes | undefined, options, refuse);
      if (root && isComponentName(root) && !(root in options.components) && !declared.has(root)) {
        const close = closeMatches(root, [...Object.keys(options.components), ...declared]);
        refuse('unknown-component', node, `\`<${node.name}>\` is neither one of the help center's components nor imported in this file`, `use ${close.length ? close.join(' or ') : `one of ${Object.keys(options.components).join(', ')}`}, or import it at the top of the file`);
      }
      for (const attribute of node.attributes) {
        const program = attribute.type === 'mdxJsxExpressionAttribute' ? attribute.data?.estree : typeof attribute.value === 'object' ? attribute.value?.data?.estree : undefined;
        reportUndefined(program, known, attribute, refuse, node);
      }
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') reportUndefined(node.data?.estree, known, node, refuse);
  });
}

function reportUndefined(program: Program | null | undefined, known: (name: string) => boolean, node: Positioned, refuse: Refuse, parent?: Positioned): void {
  if (!program || program.body.length === 0) return;
  for (const name of analyze(program).globals.keys()) {
    if (!known(name)) refuse('undefined-name', node, `\`${name}\` is not defined in this file`, `import or export \`${name}\` at the top of the file, or correct its spelling`, parent);
  }
}
