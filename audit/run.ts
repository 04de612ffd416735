/**
 * `npm run audit`: Lighthouse on one page of each type of an already built site, as a visitor's
 * phone sees it, served from 127.0.0.1 the way a CDN would (gzip). Prints the four category
 * scores, the layout shift and the weight of each page and the audits that cost points, writes
 * audit/results/, and exits non-zero when a page misses its targets (see audit/pages.ts).
 *
 *   npm run audit                                 the example, as `npm test` builds it
 *   npm run audit -- --site test/.output/fixture  any built folder
 *   npm run audit -- --report-only                print and save, never fail
 *   npm run audit -- --performance-report-only    fail on every target but the performance score,
 *                                                 which moves with the machine's load (CI)
 *
 * It builds nothing: `npm test` (or `npx node test/support/build-sites.ts`) does. On a machine
 * shared with others, run it under `nice`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromiumPath } from '../test/support/browser.ts';
import { ROOT, SITES } from '../test/support/sites.ts';
import { serveDirectory } from '../test/support/static-server.ts';
import { auditPage, launchChromium, type PageResult } from './lighthouse.ts';
import { auditedPages } from './pages.ts';
import { missesBy, textReport, writeResults, type AuditRun } from './report.ts';

const USAGE = 'usage: npm run audit -- [--site <built folder>] [--report-only | --performance-report-only]';

function parseArguments(args: readonly string[]): { site: string; reportOnly: boolean; performanceReportOnly: boolean } {
  let site: string = SITES.example.out;
  let reportOnly = false;
  let performanceReportOnly = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--report-only') reportOnly = true;
    else if (args[i] === '--performance-report-only') performanceReportOnly = true;
    else if (args[i] === '--site' && args[i + 1] && !args[i + 1]!.startsWith('-')) site = args[++i]!;
    else {
      console.error(`${USAGE}   (got ${args.join(' ')})`);
      process.exit(2);
    }
  }
  return { site: path.resolve(ROOT, site), reportOnly, performanceReportOnly };
}

const { site, reportOnly, performanceReportOnly } = parseArguments(process.argv.slice(2));
const siteName = path.relative(ROOT, site) || '.';
if (!fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`${siteName} holds no built site: build it first (npm test, or npx node test/support/build-sites.ts for the test sites).`);
  process.exit(2);
}

const startedAt = new Date();
const { pages, missing } = auditedPages(site);
if (missing.length) console.log(`${siteName} has no ${missing.join(', ')}: auditing its other ${pages.length} page types.`);
const server = await serveDirectory(site, { gzip: true });
const chromium = await launchChromium();
const results: PageResult[] = [];
const reports = new Map<string, string>();
try {
  for (const page of pages) {
    const started = performance.now();
    const { result, report } = await auditPage(page, server.origin, chromium.port);
    results.push(result);
    reports.set(page.type, report);
    const scores = Object.values(result.scores).map((s) => s ?? '—').join(' ');
    console.log(`${page.type.padEnd(9)} ${page.url}: ${scores} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  chromium.kill();
  await server.close();
}

const run: AuditRun = {
  startedAt: startedAt.toISOString(),
  site: siteName,
  // Debian's wrapper script prints a harmless shell error on stderr at every start (its /dev/shm check).
  chromium: execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version as string,
  seconds: (Date.now() - startedAt.getTime()) / 1000,
  pages: results,
  missing,
};
console.log(`\n${textReport(run)}`);
const markdown = writeResults(run, reports);
console.log(`\nWrote ${path.relative(ROOT, markdown)}, latest.json and each page's full report in audit/results/lighthouse/.`);

const missed = missesBy(results);
if (missed.length === 0) {
  console.log('Every page meets its targets.');
} else {
  console.log(`\n${missed.length} targets missed:\n${missed.map((m) => `- ${m.text}`).join('\n')}`);
  const failing = performanceReportOnly ? missed.filter((m) => !m.performance) : missed;
  if (reportOnly) console.log('(--report-only: not failing.)');
  else if (failing.length === 0) console.log('(--performance-report-only: only performance scores missed, which move with the machine\'s load: not failing.)');
  else process.exitCode = 1;
}
