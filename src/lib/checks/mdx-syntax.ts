import { createProcessor } from '@mdx-js/mdx';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { isBlockComponent } from '../../schemas/content-components';
import { liftBlockComponents } from '../content-components/structure';
import type { ContentError } from './errors';

/**
 * Parses an MDX body (without compiling it), once, for every check that reads it: syntax
 * mistakes are reported before the build does, with a hint for the mistakes writers coming from
 * Markdown make most; the tree then goes to the safe-mode check and the FAQ and link checks.
 */
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

const HINTS: [RegExp, string][] = [
  [/comment|`!`/i, 'MDX has no HTML comments: write {/* a comment */} instead of <!-- … -->'],
  [/closing brace|`\{`|expression/i, 'a "{" starts a JavaScript expression in MDX: write \\{ for a literal brace, or put the text in `code`'],
  [/closing tag|expected a closing tag|end tag|`<`|tag/i, 'a "<" starts a tag in MDX: close every tag you open (<br /> not <br>), write &lt; for a literal "<", or put the text in `code`'],
];

function hintFor(message: string): string {
  return HINTS.find(([pattern]) => pattern.test(message))?.[1] ?? 'see https://mdxjs.com/docs/troubleshooting-mdx/ for the MDX rules that differ from Markdown';
}

/**
 * The Markdown tree of an MDX body, positions counted from the body's first line; throws on a
 * syntax error. Block components on consecutive lines stand on their own, as in the pipeline
 * (src/markdown/remark-block-components.ts), so every check reads the tree that is compiled.
 */
export function parseBody(body: string): Root {
  const tree = processor.parse(body) as Root;
  liftBlockComponents(tree as unknown as { children: Nodes[] }, isBlockComponent);
  return tree;
}

interface ParseFailure {
  reason?: string;
  message: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

/**
 * Some messages (an unclosed tag) carry their position only in their text, "(3:1-3:6)", counted
 * from the body: that is where the error is, and the text must speak in file lines too.
 */
const POSITION_IN_TEXT = /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/;

/**
 * A syntax error as a writer reads it: at the file's line and column, with positions inside the
 * message in file lines too. `lineOffset` is what to add to the parser's lines (0 when the parser
 * saw the whole file with its frontmatter blanked out, as the Markdown pipeline does).
 */
export function syntaxError(file: string, error: unknown, lineOffset: number): ContentError {
  const e = error as ParseFailure;
  const raw = e.reason ?? e.message;
  const inText = POSITION_IN_TEXT.exec(raw);
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (inText ? Number(inText[1]) : undefined);
  const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? (inText ? Number(inText[2]) : undefined);
  const reason = raw.replace(POSITION_IN_TEXT, (_, l1: string, c1: string, l2?: string, c2?: string) =>
    `(line ${Number(l1) + lineOffset}, column ${c1}${l2 ? ` to line ${Number(l2) + lineOffset}, column ${c2}` : ''})`,
  );
  return {
    code: 'mdx-syntax', file,
    line: line ? line + lineOffset : lineOffset + 1, column: column ?? 1,
    message: `MDX syntax error: ${reason}`,
    hint: hintFor(reason),
  };
}

/** Parses a body, or reports its syntax error at the file's line and column. */
export function parseMdxBody(file: string, body: string, bodyFirstLine: number): { tree?: Root; errors: ContentError[] } {
  try {
    return { tree: parseBody(body), errors: [] };
  } catch (error) {
    return { errors: [syntaxError(file, error, bodyFirstLine - 1)] };
  }
}
