/**
 * Mistakes in the Markdown itself that the site would otherwise pass over in silence: a code
 * block's title or marked lines that cannot be read (an error: the writer asked for something
 * the page will not show), and a quote that looks like a GitHub alert but is not one (a warning:
 * it still shows, as an ordinary quote).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { CALLOUT_TYPES, readAlert } from '../content-components/callout';
import { CODE_META_HELP, codeMetaProblems } from '../content-components/code-meta';
import { closeMatches } from '../text/close-matches';
import type { ContentError, ContentWarning } from './errors';

export function checkMarkdown(tree: Root, file: string, lineOffset: number): { errors: ContentError[]; warnings: ContentWarning[] } {
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }) => ({ line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 });
  visit(tree, (node) => {
    if (node.type === 'code' && node.meta) {
      for (const problem of codeMetaProblems(node.meta, node.value)) {
        errors.push({ code: 'code-block-meta', file, ...at(node), message: `the code block's \`${node.meta}\` cannot be read: ${problem}`, hint: CODE_META_HELP });
      }
    }
    if (node.type === 'blockquote') {
      const alert = readAlert(node);
      if (alert?.kind === 'unknown-type') {
        const close = closeMatches(alert.word.toLowerCase(), CALLOUT_TYPES);
        warnings.push({
          code: 'unknown-alert', file, ...at(node),
          message: `[!${alert.word}] is not an alert type, so this shows as an ordinary quote`,
          hint: `${close.length ? `did you mean [!${close[0]!.toUpperCase()}]? ` : ''}the alert types are ${CALLOUT_TYPES.map((t) => `[!${t.toUpperCase()}]`).join(', ')}`,
        });
      }
      if (alert?.kind === 'text-after-marker') {
        warnings.push({
          code: 'alert-title', file, ...at(node),
          message: `[!${alert.type.toUpperCase()}] must be alone on the quote's first line, so this shows as an ordinary quote`,
          hint: `move the text to the next line ("> [!${alert.type.toUpperCase()}]", then "> …"); for a title, write <Callout type="${alert.type}" title="…"> instead`,
        });
      }
    }
  });
  return { errors, warnings };
}
