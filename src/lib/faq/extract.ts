import type { Heading, Nodes, Root, RootContent } from 'mdast';

/**
 * An FAQ page is ordinary Markdown: each `##` heading is a question, and everything up to
 * the next `##` heading is its answer. This module finds those pairs in the Markdown syntax
 * tree. The same functions serve the pre-build check (which parses the writer's file) and
 * the remark plugin (which wraps each pair for the page and hands the pairs to the FAQPage
 * JSON-LD), so the page and its structured data can never list different questions.
 */

export interface FaqEntry {
  /** The question as plain text, exactly as its heading reads. */
  question: string;
  /** Its anchor on the page, unique within the page: /faq/<page>/#<slug>. */
  slug: string;
  /** The answer as plain text, blocks separated by blank lines. */
  answer: string;
  /** 1-based line of the heading in the parsed text, when the tree has positions. */
  line?: number;
}

/** Nodes that compile to code rather than text; they stay at the top of the file, outside any answer. */
const MODULE_NODES = new Set(['mdxjsEsm']);
/** Nodes that produce no text of their own in an answer. */
const SILENT_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'footnoteDefinition', 'footnoteReference', 'html', 'thematicBreak']);
/** Containers whose children are blocks, each on its own line(s). */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'mdxJsxFlowElement', 'faqList', 'faqItem', 'faqAnswer']);
const QUESTION_DEPTH = 2;
const MAX_SLUG_LENGTH = 80;

/**
 * A URL fragment from a question: lower case, accents and quotes dropped, every other run of
 * punctuation or space turned into one hyphen. Straight and typographic quotes give the same
 * slug, because the build's smart-punctuation step curls quotes before we see them.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'question';
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/** Hands out slugs that are unique within one page, never one of `taken`: a repeat gets -2, -3… */
export function createSlugger(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/**
 * The words a component shows from its props rather than its content (a callout's "Warning", a
 * badge's text), given its name and literal props; undefined when it shows none. Default: none.
 */
export type ComponentText = (name: string, props: Record<string, string | true>) => string | undefined;

/** The text a reader sees in a node, with blocks on separate lines and no markup. */
export function plainText(node: Nodes | readonly Nodes[], componentText?: ComponentText): string {
  const block = (n: Nodes) => blockText(n, componentText);
  const text = Array.isArray(node) ? node.map(block).join('\n\n') : block(node as Nodes);
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function propsOf(node: Nodes): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return props;
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && (a.value === null || typeof a.value === 'string')) props[a.name] = a.value ?? true;
  return props;
}

function blockText(node: Nodes, componentText?: ComponentText): string {
  const recurse = (n: Nodes) => blockText(n, componentText);
  if (SILENT_NODES.has(node.type)) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  const own = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? componentText?.(node.name, propsOf(node)) : undefined;
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  if (node.type === 'tableRow') return children.map(recurse).join(' | ');
  if (BLOCK_CONTAINERS.has(node.type)) {
    return [own ?? '', ...children.map(recurse)].filter((t) => t.trim() !== '').join(node.type === 'list' || node.type === 'table' ? '\n' : '\n\n');
  }
  return (own ?? '') + children.map(recurse).join('');
}

const isQuestionHeading = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === QUESTION_DEPTH;

export interface FaqSection {
  heading: Heading;
  answer: RootContent[];
  entry: FaqEntry;
}

/**
 * Splits a page into what comes before the first question (an introduction, and the MDX
 * imports that must stay at the top level) and one section per question.
 */
export function faqSections(root: Root, componentText?: ComponentText): { modules: RootContent[]; intro: RootContent[]; sections: FaqSection[] } {
  const modules: RootContent[] = [];
  const intro: RootContent[] = [];
  const sections: FaqSection[] = [];
  const slugFor = createSlugger();
  for (const node of root.children) {
    if (MODULE_NODES.has(node.type)) modules.push(node);
    else if (isQuestionHeading(node)) {
      const question = plainText(node).replace(/\s+/g, ' ');
      sections.push({ heading: node, answer: [], entry: { question, slug: slugFor(question), answer: '', line: node.position?.start.line } });
    } else if (sections.length) sections.at(-1)!.answer.push(node);
    else intro.push(node);
  }
  for (const s of sections) s.entry.answer = plainText(s.answer, componentText);
  return { modules, intro, sections };
}

/** The question/answer pairs of an FAQ page, in page order. */
export function extractFaq(root: Root, componentText?: ComponentText): FaqEntry[] {
  return faqSections(root, componentText).sections.map((s) => s.entry);
}

type WithData = { data?: { hName?: string; hProperties?: Record<string, unknown> } };

function setProperties(node: WithData, properties: Record<string, unknown>): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
}

/** A wrapper node that becomes an HTML element (mdast-util-to-hast honours `data.hName`). */
function wrapper(type: string, tagName: string, properties: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type, data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

/**
 * Rewrites an FAQ page's tree so that each question and its answer sit together:
 *
 *   <div class="faq-list" data-faq-list>
 *     <div class="faq-item" data-faq-item>
 *       <h2 id="<slug>" class="faq-question">…</h2>
 *       <div class="faq-answer" id="<slug>-answer" data-faq-answer>…</div>
 *     </div>
 *   </div>
 *
 * Everything is visible as written; the page's script turns each heading into a disclosure
 * button. Headings inside answers get ids after the questions, so a sub-heading can never
 * take a question's anchor. Returns the entries it wrapped.
 */
export function wrapFaq(root: Root): FaqEntry[] {
  const { modules, intro, sections } = faqSections(root);
  if (!sections.length) return [];
  const slugFor = createSlugger(sections.map((s) => s.entry.slug));
  for (const s of sections) setProperties(s.heading, { id: s.entry.slug, className: ['faq-question'] });
  const visitHeadings = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') setProperties(node, { id: slugFor(plainText(node)) });
      if ('children' in node) visitHeadings(node.children as RootContent[]);
    }
  };
  visitHeadings([...intro, ...sections.flatMap((s) => s.answer)]);
  const items = sections.map((s) =>
    wrapper('faqItem', 'div', { className: ['faq-item'], dataFaqItem: '' }, [
      s.heading,
      wrapper('faqAnswer', 'div', { className: ['faq-answer'], id: `${s.entry.slug}-answer`, dataFaqAnswer: '' }, s.answer),
    ]),
  );
  root.children = [...modules, ...intro, wrapper('faqList', 'div', { className: ['faq-list'], dataFaqList: '' }, items)];
  return sections.map((s) => s.entry);
}
