/**
 * Tables, images and task lists of writers' pages, made readable on a phone and by assistive
 * technology (applied to the HTML tree of every rendered content file by
 * src/markdown/rehype-readable-content.ts):
 *
 * - Each body cell of a table carries its column's heading as `data-label`, so that narrow
 *   screens can stack a table into one block per row ("Group by: Project", "Good for: …")
 *   instead of squeezing its columns (the style: `.prose table` in global.css).
 * - An image that stands alone in a paragraph becomes a figure whose image links to the
 *   full-size file, so a diagram scaled down to a phone's width can be opened and zoomed.
 *   A Markdown title (`![alt](src "Caption")`) becomes its caption.
 * - A task list's checkbox is labelled by its item's words.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { SiteWords } from '../../i18n';

/** The words this module adds to a page: the hint on a zoomable figure. */
export type MediaWords = SiteWords<'content.openFullSize'>;

type Parent = Root | Element;

const isElement = (node: RootContent | ElementContent | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

/** The text a reader sees in a node: what a column heading says. */
export function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Labels every body cell with its column's heading. Tables without a heading row stay as they
 * are. A table whose first heading is empty compares its rows ("| | Plan A | Plan B |"): its
 * first column holds row headings, so those cells become <th scope="row"> and the empty corner
 * an ordinary cell, which is what the rows' headings need to be announced and what a table
 * header may not be (empty).
 */
export function labelTableCells(table: Element): void {
  const sections = table.children.filter((c): c is Element => isElement(c));
  const head = sections.find((s) => s.tagName === 'thead');
  const headRow = head?.children.find((c): c is Element => isElement(c, 'tr'));
  if (!headRow) return;
  const headCells = headRow.children.filter((c): c is Element => isElement(c, 'th') || isElement(c, 'td'));
  const labels = headCells.map((cell) => words(textOf(cell)));
  const rows = sections.filter((s) => s.tagName === 'tbody').flatMap((body) => body.children.filter((c): c is Element => isElement(c, 'tr')));
  const rowHeadings = headCells.length > 1 && labels[0] === '';
  if (rowHeadings) {
    // With headings on both edges, each says which way it reads.
    headCells[0]!.tagName = 'td';
    for (const cell of headCells.slice(1)) if (cell.tagName === 'th') cell.properties = { ...cell.properties, scope: 'col' };
    for (const row of rows) {
      const first = row.children.find((c): c is Element => isElement(c, 'td'));
      if (first) {
        first.tagName = 'th';
        first.properties = { ...first.properties, scope: 'row' };
      }
    }
  }
  for (const row of rows) {
    let column = 0;
    for (const cell of row.children) {
      if (!isElement(cell, 'td') && !isElement(cell, 'th')) continue;
      const label = labels[column];
      if (label) cell.properties = { ...cell.properties, dataLabel: label };
      column += Number(cell.properties?.colSpan ?? 1) || 1;
    }
  }
  table.properties = { ...table.properties, className: [...classesOf(table), 'stack-on-narrow'] };
}

function classesOf(element: Element): string[] {
  const value: unknown = element.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The paragraph's only meaningful child, when it is an image; whitespace around it does not count. */
function loneImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = meaningful;
  return meaningful.length === 1 && isElement(only, 'img') && typeof only.properties?.src === 'string' ? only : undefined;
}

/** A figure whose image opens the full-size file; the hint ("Open full size", in the content's language) is kept out of the search index. */
export function zoomableFigure(image: Element, { t }: MediaWords): Element {
  const src = String(image.properties.src);
  const title = typeof image.properties.title === 'string' ? image.properties.title : undefined;
  const { title: _, ...imageProperties } = image.properties;
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: src, className: ['figure-link'] },
    children: [
      { ...image, properties: imageProperties },
      { type: 'element', tagName: 'span', properties: { className: ['figure-hint'], dataPagefindIgnore: true }, children: [{ type: 'text', value: t('content.openFullSize') }] },
    ],
  };
  const children: ElementContent[] = [link];
  if (title) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] });
  return { type: 'element', tagName: 'figure', properties: { className: ['figure'] }, children, ...(image.position ? { position: image.position } : {}) };
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'pre', 'table', 'blockquote', 'figure']);

/**
 * A GFM task-list item's checkbox with the item's words as its label: the box and what it
 * stands for are one control for assistive technology, and a form field never goes unnamed.
 */
export function labelTaskItem(item: Element): void {
  const holder = item.children.find((c): c is Element => isElement(c, 'p') && c.children.some((g) => isElement(g, 'input'))) ?? item;
  const start = holder.children.findIndex((c) => isElement(c, 'input') && c.properties?.type === 'checkbox');
  if (start === -1) return;
  let end = start + 1;
  while (end < holder.children.length && !(isElement(holder.children[end]) && BLOCKS.has((holder.children[end] as Element).tagName))) end++;
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: holder.children.slice(start, end) as ElementContent[] };
  holder.children.splice(start, end - start, label);
}

const isTaskItem = (element: Element) => element.tagName === 'li' && classesOf(element).includes('task-list-item');

/** Applies all of these to a whole tree. Images already inside a link are left alone: they lead elsewhere. */
export function makeMediaResponsive(tree: Root, translator: MediaWords): void {
  const walk = (parent: Parent) => {
    parent.children.forEach((child, i) => {
      if (!isElement(child)) return;
      if (child.tagName === 'table') labelTableCells(child);
      if (isTaskItem(child)) labelTaskItem(child);
      if (child.tagName === 'p') {
        const image = loneImage(child);
        if (image) {
          parent.children[i] = zoomableFigure(image, translator);
          return;
        }
      }
      if (child.tagName !== 'a') walk(child);
    });
  };
  walk(tree);
}
