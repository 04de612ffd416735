/**
 * A mistake in a writer's file, reported as `file:line:column: message` followed by how to fix it.
 * Typed rather than a bare string so that checks can be tested by code and printed together.
 */
export interface ContentError {
  /** A stable identifier, e.g. "unknown-section", so tests and docs can refer to it. */
  code: string;
  /** Path relative to the project root, e.g. "content/articles/billing/refunds.mdx". */
  file: string;
  /** 1-based line in that file, where one can be named. */
  line?: number;
  /** 1-based column on that line, where one can be named. */
  column?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

export function formatContentError(e: ContentError): string {
  const place = e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : '';
  return `${e.file}${place}: ${e.message}\n    → ${e.hint}`;
}

/** All errors, sorted by file and line so the report reads top to bottom. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const heading = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in content/ must be fixed before the site can build:`;
  return [heading, ...sorted.map(formatContentError)].join('\n');
}

/**
 * A warning has the shape of an error but does not stop the build: something a writer should
 * look at (a snippet no page uses) and may have a reason to leave. Printed `file:line:col: warning: …`.
 */
export type ContentWarning = ContentError;

export function formatContentWarning(w: ContentWarning): string {
  const place = w.line ? `:${w.line}${w.column ? `:${w.column}` : ''}` : '';
  return `${w.file}${place}: warning: ${w.message}\n    → ${w.hint}`;
}

/** All warnings, sorted like errors, under a heading that says the build goes on. */
export function formatContentWarnings(warnings: readonly ContentWarning[]): string {
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const heading = `${sorted.length} warning${sorted.length === 1 ? '' : 's'} in content/ (the site still builds):`;
  return [heading, ...sorted.map(formatContentWarning)].join('\n');
}
