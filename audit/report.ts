/**
 * The audit's verdict and its reports: the table printed at the end, audit/results/latest.md for
 * people, latest.json for tools and diffs, and Lighthouse's full reports in lighthouse/ (large,
 * not committed; open one in https://googlechrome.github.io/lighthouse/viewer/).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageResult } from './lighthouse.ts';
import { CATEGORIES, CLS_LIMIT, isTargeted, TARGET_SCORE, type Category } from './pages.ts';

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');
export const REPORTS_DIR = path.join(RESULTS_DIR, 'lighthouse');

export interface AuditRun {
  startedAt: string;
  /** The audited folder, relative to the project. */
  site: string;
  chromium: string;
  lighthouse: string;
  seconds: number;
  pages: PageResult[];
  /** Audited page types the site does not have. */
  missing: string[];
}

const LABELS: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** Every way the run misses its targets, one sentence each; empty when every page meets them. */
export function misses(pages: readonly PageResult[]): string[] {
  return missesBy(pages).map((m) => m.text);
}

/**
 * The missed targets, each marked with whether it is a performance score: the one number that
 * moves with the load of the machine (Total Blocking Time under Lighthouse's 4× CPU slowdown),
 * which `--performance-report-only` reports without failing on.
 */
export function missesBy(pages: readonly PageResult[]): { text: string; performance: boolean }[] {
  const found: { text: string; performance: boolean }[] = [];
  for (const page of pages) {
    for (const category of CATEGORIES) {
      const score = page.scores[category];
      if (isTargeted(page, category) && (score === null || score < TARGET_SCORE)) {
        found.push({ text: `${page.type} (${page.url}): ${LABELS[category]} ${score ?? 'not computed'}, target ${TARGET_SCORE}`, performance: category === 'performance' && score !== null });
      }
    }
    if (page.cls === null || page.cls >= CLS_LIMIT) {
      found.push({ text: `${page.type} (${page.url}): cumulative layout shift ${page.cls === null ? 'not measured' : page.cls.toFixed(3)}, target below ${CLS_LIMIT}`, performance: false });
    }
  }
  return found;
}

const kb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / 1024).toFixed(1)} kB`);
const cls = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** A score as printed: "100", "87 ✗" when it misses, "66 (noindex)" when the page is excused. */
function scoreCell(page: PageResult, category: Category): string {
  const score = page.scores[category];
  if (!isTargeted(page, category)) return `${score ?? '—'} (noindex)`;
  return score === TARGET_SCORE ? String(score) : `${score ?? '—'} ✗`;
}

function rows(pages: readonly PageResult[]): string[][] {
  return pages.map((page) => [
    page.type,
    page.url,
    ...CATEGORIES.map((category) => scoreCell(page, category)),
    `${cls(page.cls)}${page.cls !== null && page.cls < CLS_LIMIT ? '' : ' ✗'}`,
    kb(page.weightBytes),
  ]);
}

const HEADER = ['Page', 'URL', ...CATEGORIES.map((c) => LABELS[c]), 'CLS', 'Weight (gzip)'];

/**
 * Audits that judge the host's response headers rather than the site: the audit's server sends
 * what a CDN sends by default (gzip, no cache lifetimes), and the real host decides the rest.
 */
const HOST_AUDITS: Record<string, string> = {
  'cache-insight': "the host's Cache-Control headers; the audit server sends none",
};
/** Columns aligned right: scores, CLS and weight. */
const NUMERIC = HEADER.map((_, i) => i >= 2);

/** The table for the terminal, in aligned columns. */
export function textTable(pages: readonly PageResult[]): string {
  const all = [HEADER, ...rows(pages)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  return all.map((row) => row.map((cell, i) => (NUMERIC[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/** The audits to fix, per page and category under 100. */
function failingLines(pages: readonly PageResult[]): string[] {
  return pages.flatMap((page) =>
    CATEGORIES.flatMap((category) => {
      const audits = page.failing[category];
      if (!audits) return [];
      const excused = isTargeted(page, category) ? '' : ' (not held to the target: noindex)';
      const list = audits.length
        ? audits.map((a) => {
            const note = a.error ? ` (could not run: ${a.error})` : HOST_AUDITS[a.id] ? ` (${HOST_AUDITS[a.id]})` : '';
            return `    - ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}${note} [${a.id}]`;
          })
        : ['    - (no single audit failed: the score is a weighted sum just under 100)'];
      return [`- ${page.type}, ${LABELS[category]} ${page.scores[category] ?? '—'}${excused}:`, ...list];
    }),
  );
}

function warningLines(pages: readonly PageResult[]): string[] {
  return pages.flatMap((page) => page.warnings.map((w) => `- ${page.type}: ${w.replace(/\s+/g, ' ')}`));
}

/** What the terminal shows after the last page. */
export function textReport(run: AuditRun): string {
  const failing = failingLines(run.pages);
  const warnings = warningLines(run.pages);
  return [
    textTable(run.pages),
    ...(failing.length ? ['', 'Audits that cost points:', ...failing] : []),
    ...(warnings.length ? ['', 'Lighthouse warned:', ...warnings] : []),
  ].join('\n');
}

export function markdownReport(run: AuditRun): string {
  const table = [HEADER, HEADER.map((_, i) => (NUMERIC[i] ? '---:' : '---')), ...rows(run.pages).map((r) => r.map((cell, i) => (i === 1 ? `\`${cell}\`` : cell)))];
  const failed = misses(run.pages);
  const failing = failingLines(run.pages).map((line) => line.replace(/^ {4}/, '  '));
  const warnings = warningLines(run.pages);
  return [
    '# Lighthouse audit',
    '',
    `${run.startedAt}: \`${run.site}\`, Lighthouse ${run.lighthouse} in ${run.chromium}, mobile emulation (Lighthouse's default), ${run.seconds.toFixed(0)} s.`,
    ...(run.missing.length ? [`The site has no ${run.missing.join(', ')} page.`] : []),
    `Target: ${TARGET_SCORE} in every category (SEO excepted on noindex pages) and cumulative layout shift below ${CLS_LIMIT}.`,
    '',
    ...table.map((row) => `| ${row.join(' | ')} |`),
    '',
    "Weight: bytes transferred for the page and everything it loaded (Lighthouse's total-byte-weight), text gzipped as a CDN sends it.",
    '',
    failed.length ? `**${failed.length} targets missed.**` : '**Every page meets its targets.**',
    ...(failing.length ? ['', '## Audits that cost points', '', ...failing] : []),
    ...(warnings.length ? ['', '## Lighthouse warned', '', ...warnings] : []),
    '',
  ].join('\n');
}

/** A file name for a page type: "FAQ page" → faq-page. */
const slug = (type: string) => type.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Writes latest.md, latest.json and each page's full Lighthouse report; returns the Markdown file's path. */
export function writeResults(run: AuditRun, reports: ReadonlyMap<string, string>): string {
  fs.rmSync(REPORTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(REPORTS_DIR, { recursive: true });
  for (const [type, report] of reports) fs.writeFileSync(path.join(REPORTS_DIR, `${slug(type)}.json`), report);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  const markdown = path.join(RESULTS_DIR, 'latest.md');
  fs.writeFileSync(markdown, markdownReport(run));
  return markdown;
}
