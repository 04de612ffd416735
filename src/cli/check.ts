/**
 * `npm run check`: everything a writer's change can get wrong, at once, before any build —
 * TypeScript and Astro types (astro check), every content check with the MDX bodies parsed
 * (syntax, safe mode, components, references, FAQ structure) and the links between content
 * files — printed one per line, `path:line:col  message  (how to fix)`, sorted by file.
 * Exits 1 when anything but warnings was found. `--annotations` (automatic on GitHub Actions)
 * prints each problem again as a workflow annotation.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { checkAll, parseOptionsFrom } from '../integrations/content-check';
import { contentFilesOf } from '../integrations/read-content';
import { formatCheckReport, formatGithubAnnotation, formatMarkdownSummary, isWarning, type ContentError } from '../lib/checks/errors';
import { contentDir, projectRelative } from '../lib/content/paths';
import { loadSettings } from '../lib/content/settings';

/** astro check's diagnostics, read from its output: `src/x.ts:10:5 - error ts(2322): message`. */
export function typeProblems(output: string): ContentError[] {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/^(\S+?):(\d+):(\d+) - (error|warning) (?:ts\((\d+)\))?:?\s*(.*)$/gm)].map((m) => ({
    code: `ts${m[5] ?? ''}`, file: m[1]!, line: Number(m[2]), column: Number(m[3]), message: m[6]!.trim(),
    hint: m[4] === 'warning' ? 'TypeScript\'s advice on the project\'s code, not on content/' : 'a type error in the project\'s code, not in content/: see the TypeScript message', ...(m[4] === 'warning' ? { severity: 'warning' as const } : {}),
  }));
}

export async function main(args: string[]): Promise<number> {
  const problems: ContentError[] = [];
  if (!args.includes('--content-only')) {
    const types = spawnSync('npx', ['astro', 'check'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    const found = typeProblems(`${types.stdout}\n${types.stderr}`);
    problems.push(...found);
    if (types.status !== 0 && !found.length) {
      problems.push({ code: 'astro-check', file: 'astro check', message: 'type checking failed', hint: `${types.stdout}${types.stderr}`.trim().split('\n').slice(-5).join(' / ') });
    }
  }
  let settings;
  try {
    settings = loadSettings(contentDir());
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const files = contentFilesOf(contentDir(), settings);
  const { errors, warnings } = checkAll({ contentDir: contentDir(), settings }, files, parseOptionsFrom(settings, contentDir()), true);
  problems.push(...errors, ...warnings);
  const failing = problems.filter((p) => !isWarning(p)).length;
  const warned = problems.length - failing;
  const checked = [...files.byCollection.values()].reduce((n, l) => n + l.length, 0);
  if (problems.length) console.log(formatCheckReport(problems));
  console.log(`${failing ? `${failing} problem${failing === 1 ? '' : 's'} to fix` : 'No problems'}${warned ? `, ${warned} warning${warned === 1 ? '' : 's'}` : ''} (${checked} content files checked).`);
  // On GitHub Actions the same problems become annotations on the pull request's lines and a
  // table on the run's summary page.
  if (process.env.GITHUB_ACTIONS === 'true' || args.includes('--annotations')) {
    for (const p of problems) console.log(formatGithubAnnotation(p));
  }
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatMarkdownSummary(problems, checked));
  return failing ? 1 : 0;
}
