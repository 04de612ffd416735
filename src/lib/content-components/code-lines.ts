/**
 * Marking lines of a highlighted code block. The highlighter's tokens may span lines (a
 * multi-line comment or string), so the tree is cut at every line break first, each piece of a
 * token keeping the token's classes; then every line is wrapped, marked ones in <mark>.
 */
import type { Element, ElementContent } from 'hast';

/** The content of each line of a code block's tree, without the line breaks. */
export function splitLines(nodes: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const node of nodes) {
    const pieces: ElementContent[][] =
      node.type === 'text'
        ? node.value.split('\n').map((value) => (value ? [{ type: 'text', value }] : []))
        : node.type === 'element'
          ? splitLines(node.children).map((children) => (children.length ? [{ ...node, children }] : []))
          : [[node]];
    lines.at(-1)!.push(...pieces[0]!);
    for (const piece of pieces.slice(1)) lines.push([...piece]);
  }
  return lines;
}

/**
 * The lines of a code block, each in a <span class="code-line"> and the `marked` ones (1-based)
 * in a <mark class="code-line">, separated by the line breaks, so the text (and what is copied)
 * stays the code exactly.
 */
export function markLines(nodes: readonly ElementContent[], marked: readonly number[]): ElementContent[] {
  const set = new Set(marked);
  const lines = splitLines(nodes);
  // The code of a block ends with a line break; after it comes no line, only the break.
  const trailing = lines.length > 1 && lines.at(-1)!.length === 0;
  if (trailing) lines.pop();
  const wrapped = lines.flatMap((children, i): ElementContent[] => {
    const line: Element = { type: 'element', tagName: set.has(i + 1) ? 'mark' : 'span', properties: { className: ['code-line'] }, children };
    return i === 0 ? [line] : [{ type: 'text', value: '\n' }, line];
  });
  return trailing ? [...wrapped, { type: 'text', value: '\n' }] : wrapped;
}
