import { LineCounter, parseDocument, isMap, isNode, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line (in the whole file) of the value at a key path, or of the block when the key is absent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Line and column (in the whole file) of the key at a path, or of the nearest enclosing one. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
  /** YAML syntax errors with their lines and columns. */
  errors: { line: number; column: number; message: string }[];
}

/**
 * Parses YAML keeping positions, so that a schema error on `section` can point at the
 * line where `section:` is written. `firstLine` is the file line the YAML text starts on.
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPosition = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const positionOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const keyPath = path.slice(0, depth);
      const parent = keyPath.length > 1 ? doc.getIn(keyPath.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === keyPath.at(-1));
        if (pair && isNode(pair.key) && pair.key.range) return toPosition(pair.key.range[0]);
      }
      const node = doc.getIn(keyPath as unknown[], true);
      if (isNode(node) && node.range) return toPosition(node.range[0]);
    }
    // The key is absent: point at the opening `---` of the frontmatter (or the file's first line).
    return { line: firstLine > 1 ? firstLine - 1 : 1, column: 1 };
  };
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    lineOf: (path) => positionOf(path).line,
    positionOf,
    errors: doc.errors.map((e) => ({ ...toPosition(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
  };
}

export interface SplitMdx {
  /** The YAML between the opening and closing `---`, or undefined when the file has none. */
  yaml?: string;
  /** File line of the YAML's first line. */
  yamlFirstLine: number;
  body: string;
  /** File line of the body's first line. */
  bodyFirstLine: number;
  /** True when the opening `---` has no closing one. */
  unclosed?: boolean;
}

/** Separates an MDX file's frontmatter from its body. */
export function splitFrontmatter(text: string): SplitMdx {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { yamlFirstLine: 1, body: text, bodyFirstLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) return { yamlFirstLine: 2, body: '', bodyFirstLine: lines.length + 1, yaml: lines.slice(1).join('\n'), unclosed: true };
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyFirstLine: end + 2,
  };
}
