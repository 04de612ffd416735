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
  /** A warning is reported but fails nothing: the page works, it could be better. Default: an error. */
  severity?: 'warning';
}

export const isWarning = (e: ContentError) => e.severity === 'warning';

const placeOf = (e: ContentError) => `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;

export function formatContentError(e: ContentError): string {
  return `${placeOf(e)}: ${isWarning(e) ? 'warning: ' : ''}${e.message}\n    → ${e.hint}`;
}

const byPlace = (a: ContentError, b: ContentError) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** One problem per line, as `npm run check` lists them for editors and CI annotations: `path:line:col  message  (how to fix)`. */
export function formatCheckLine(e: ContentError): string {
  return `${placeOf(e)}  ${isWarning(e) ? 'warning: ' : ''}${e.message}  (${e.hint})`;
}

/** Every problem, errors and warnings, one line each, sorted by file, line and column. */
export function formatCheckReport(problems: readonly ContentError[]): string {
  return [...problems].sort(byPlace).map(formatCheckLine).join('\n');
}

/**
 * A warning has the shape of an error but fails nothing: something a writer should look at (a
 * snippet no page uses, a very long title) and may have a reason to leave.
 */
export type ContentWarning = ContentError;

export const asWarning = (w: ContentError): ContentWarning => ({ ...w, severity: 'warning' });

/** Warnings as the build prints them, `file:line:col: warning: …`, under a heading that says the build goes on. */
export function formatContentWarnings(warnings: readonly ContentWarning[]): string {
  const heading = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} in content/ (the site still builds):`;
  return [heading, ...warnings.map(asWarning).sort(byPlace).map(formatContentError)].join('\n');
}

/**
 * Warnings as a build prints them: each kind that occurs a few times is listed in full; a kind
 * that occurs often (every article nothing links to, on a large site) is one line with its count,
 * so the log stays readable. `npm run check` lists every one.
 */
export function formatBuildWarnings(warnings: readonly ContentWarning[], listUpTo = 5): string {
  const byCode = new Map<string, ContentWarning[]>();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  const listed = [...byCode.values()].filter((group) => group.length <= listUpTo).flat();
  const counted = [...byCode.entries()].filter(([, group]) => group.length > listUpTo);
  const heading = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} in content/ (the site still builds):`;
  return [
    heading,
    ...listed.map(asWarning).sort(byPlace).map(formatContentError),
    ...counted.map(([code, group]) => `${group.length} × ${code}: ${group[0]!.message}, and ${group.length - 1} more like it (\`npm run check\` lists each with its line)`),
  ].join('\n');
}

/** All errors, sorted by file and line so the report reads top to bottom. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const sorted = [...errors].sort(byPlace);
  const heading = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in content/ must be fixed before the site can build:`;
  return [heading, ...sorted.map(formatContentError)].join('\n');
}

/** GitHub's workflow-command escaping: `%`, CR and LF in the message; `:` and `,` as well in properties. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions annotation (`::error file=…,line=…,col=…::…`), which the
 * pull request shows on the changed line it names.
 */
export function formatGithubAnnotation(e: ContentError): string {
  const properties = [`file=${escapeProperty(e.file)}`];
  if (e.line) properties.push(`line=${e.line}`);
  if (e.line && e.column) properties.push(`col=${e.column}`);
  properties.push(`title=${escapeProperty(isWarning(e) ? 'Could be better' : 'Must be fixed')}`);
  return `::${isWarning(e) ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(`${e.message} → ${e.hint}`)}`;
}

/** A Markdown table of the problems for a CI job's summary page. */
export function formatMarkdownSummary(problems: readonly ContentError[], checkedFiles: number): string {
  const failing = problems.filter((p) => !isWarning(p)).length;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `### Content check: ${failing ? `${failing} problem${failing === 1 ? '' : 's'} to fix` : 'no problems'}, ${problems.length - failing} warning${problems.length - failing === 1 ? '' : 's'}`,
    '',
    `${checkedFiles} content files checked.`,
  ];
  if (problems.length) {
    lines.push('', '| | Where | What is wrong | How to fix |', '|---|---|---|---|');
    for (const p of [...problems].sort(byPlace)) lines.push(`| ${isWarning(p) ? 'warning' : 'error'} | \`${cell(placeOf(p))}\` | ${cell(p.message)} | ${cell(p.hint)} |`);
  }
  return `${lines.join('\n')}\n`;
}
