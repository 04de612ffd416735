/**
 * What a writer may put after a code block's language: a title and the lines to mark.
 *
 *     ```js title="app.js" {2,4-5}
 *
 * The same reading serves the content check (which reports a mistake at the block's line) and
 * the highlighting plugin (which draws the title and marks the lines).
 */

export interface CodeMeta {
  /** Shown above the block, e.g. a file name. */
  title?: string;
  /** 1-based line numbers to mark, in order. */
  marked: number[];
}

const TITLE = /^title=(?:"([^"]*)"|'([^']*)')/;
const LINES = /^\{([^}]*)\}/;
const RANGE = /^(\d+)(?:-(\d+))?$/;

export const CODE_META_HELP = 'after the language, write title="file name" and the lines to mark in braces, e.g. ```js title="app.js" {2,4-5}';

/** The title and marked lines of a code block's meta text, and what could not be read in it. */
export function parseCodeMeta(meta: string | null | undefined): { meta: CodeMeta; problems: string[] } {
  const problems: string[] = [];
  const result: CodeMeta = { marked: [] };
  let rest = (meta ?? '').trim();
  while (rest) {
    const title = TITLE.exec(rest);
    const lines = LINES.exec(rest);
    if (title) {
      const text = (title[1] ?? title[2]!).trim();
      if (text) result.title = text;
      else problems.push('the title is empty: write title="app.js", or leave it out');
      rest = rest.slice(title[0].length).trimStart();
    } else if (lines) {
      for (const part of lines[1]!.split(',').map((p) => p.trim()).filter(Boolean)) {
        const range = RANGE.exec(part);
        const from = range ? Number(range[1]) : NaN;
        const to = range?.[2] ? Number(range[2]) : from;
        if (!range || from < 1 || to < from) {
          problems.push(`"${part}" is not a line or a range of lines: write numbers from 1, and ranges low to high, e.g. {2,4-5}`);
          continue;
        }
        for (let n = from; n <= to; n++) result.marked.push(n);
      }
      rest = rest.slice(lines[0].length).trimStart();
    } else {
      const word = rest.split(/\s+/)[0]!;
      problems.push(`\`${word}\` is not something a code block understands`);
      rest = rest.slice(word.length).trimStart();
    }
  }
  result.marked = [...new Set(result.marked)].sort((a, b) => a - b);
  return { meta: result, problems };
}

/** The problems of a code block's meta, given the code it applies to (marked lines must exist). */
export function codeMetaProblems(meta: string | null | undefined, code: string): string[] {
  const { meta: parsed, problems } = parseCodeMeta(meta);
  const lineCount = code.split('\n').length;
  const beyond = parsed.marked.filter((n) => n > lineCount);
  if (beyond.length) problems.push(`line ${beyond[0]} is marked, but the block has ${lineCount} line${lineCount === 1 ? '' : 's'}`);
  return problems;
}
