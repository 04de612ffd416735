import { createProcessor } from '@mdx-js/mdx';
import type { ContentError } from './content-errors';

/**
 * Parses an MDX body (without compiling it) to report syntax mistakes before the build does,
 * with a hint for the mistakes writers coming from Markdown make most.
 */
const processor = createProcessor({ format: 'mdx' });

const HINTS: [RegExp, string][] = [
  [/comment|`!`/i, 'MDX has no HTML comments: write {/* a comment */} instead of <!-- … -->'],
  [/closing brace|`\{`|expression/i, 'a "{" starts a JavaScript expression in MDX: write \\{ for a literal brace, or put the text in `code`'],
  [/closing tag|expected a closing tag|end tag|`<`|tag/i, 'a "<" starts a tag in MDX: close every tag you open (<br /> not <br>), write &lt; for a literal "<", or put the text in `code`'],
];

function hintFor(message: string): string {
  return HINTS.find(([pattern]) => pattern.test(message))?.[1] ?? 'see https://mdxjs.com/docs/troubleshooting-mdx/ for the MDX rules that differ from Markdown';
}

export function checkMdxSyntax(file: string, body: string, bodyFirstLine: number): ContentError[] {
  try {
    processor.parse(body);
    return [];
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    const reason = e.reason ?? e.message;
    return [{
      code: 'mdx-syntax', file, line: line ? line + bodyFirstLine - 1 : bodyFirstLine,
      message: `MDX syntax error: ${reason}`,
      hint: hintFor(reason),
    }];
  }
}
