import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type RuleConfig } from 'html-validate';
import { ROOT } from './sites.ts';

/** One html-validate error, located in a built file. */
export interface HtmlProblem {
  /** The built file, relative to the project root, so that editors open it from the test output. */
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** html-validate's severity for an error (1 is a warning). */
const ERROR = 2;

/**
 * Runs html-validate over every `*.html` file of a built site with the project's
 * `.htmlvalidate.mjs`, and returns its errors in file order. `rulesOff` turns further rules off
 * for this site only. Throws when the folder holds no page, so that a missing build cannot pass.
 */
export async function htmlProblemsOf(dist: string, rulesOff: readonly string[] = []): Promise<HtmlProblem[]> {
  const files = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  if (files.length === 0) throw new Error(`no built pages in ${path.relative(ROOT, dist)}: build the test sites first (npm test does)`);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const rules: RuleConfig = Object.fromEntries(rulesOff.map((rule) => [rule, 'off']));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const filename = path.join(dist, file);
    const report = await validator.validateString(fs.readFileSync(filename, 'utf8'), filename, { rules });
    for (const result of report.results) {
      for (const m of result.messages.filter((message) => message.severity === ERROR)) {
        problems.push({ page: path.relative(ROOT, filename), line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return problems;
}

/** `page:line:col rule message`, the way compilers print, so a failing test reads as a to-do list. */
export function formatProblem(p: HtmlProblem): string {
  return `${p.page}:${p.line}:${p.column} ${p.rule} ${p.message.replace(/\s+/g, ' ')}`;
}
