/**
 * Lighthouse in Debian's Chromium: one browser for the whole audit, one Lighthouse run per page
 * with its defaults (a mid-range phone, simulated slow 4G), and what we keep of each report.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath } from '../test/support/browser.ts';
import { CATEGORIES, type AuditedPage, type Category } from './pages.ts';

/**
 * Headless, and quiet: as root Chromium needs --no-sandbox, and without the networking flags it
 * calls Google at start-up, which this machine cannot reach and which would add to the trace.
 */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Chromium (a fresh profile, removed by kill()) with its debugging port open for Lighthouse. */
export function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
}

/** A Lighthouse audit that lowers a category's score, as a developer needs it to fix it. */
export interface FailingAudit {
  id: string;
  title: string;
  /** Lighthouse's short value, e.g. "2.9 s" or "3 elements". */
  displayValue?: string;
  /** Set when the audit could not run. */
  error?: string;
}

export interface PageResult extends AuditedPage {
  /** Each category's score, 0–100; null when Lighthouse could not compute it. */
  scores: Record<Category, number | null>;
  /** Cumulative layout shift during the load. */
  cls: number | null;
  /** Bytes transferred for the page and everything it loaded ("total-byte-weight"). */
  weightBytes: number | null;
  /** For each category under 100, the audits that cost it points. */
  failing: Partial<Record<Category, FailingAudit[]>>;
  /** What Lighthouse itself warned about (a slow CPU, a page that failed to load…). */
  warnings: string[];
}

/** Runs Lighthouse on one URL in the browser behind `port`; returns the full report and our summary of it. */
export async function auditPage(page: AuditedPage, origin: string, port: number): Promise<{ result: PageResult; report: string }> {
  const run = await lighthouse(origin + page.url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!run) throw new Error(`Lighthouse returned nothing for ${page.url}`);
  const { lhr } = run;
  const report = Array.isArray(run.report) ? run.report.join('\n') : run.report;
  return { result: summarize(page, lhr), report };
}

/** Audits that never count against a score: explanations, manual checks, audits that do not apply. */
const NOT_SCORED = new Set(['informative', 'manual', 'notApplicable']);

function summarize(page: AuditedPage, lhr: Result): PageResult {
  const scores = {} as Record<Category, number | null>;
  const failing: PageResult['failing'] = {};
  for (const category of CATEGORIES) {
    const { score, auditRefs } = lhr.categories[category]!;
    scores[category] = score === null ? null : Math.round(score * 100);
    if (scores[category] === 100) continue;
    // Weighted audits first: in performance those are the metrics the score is made of.
    const refs = [...auditRefs].sort((a, b) => b.weight - a.weight);
    failing[category] = refs
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.scoreDisplayMode === 'error' || (!NOT_SCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 1))
      .map((a) => ({
        id: a.id,
        title: a.title,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        ...(a.scoreDisplayMode === 'error' ? { error: a.errorMessage ?? 'could not run' } : {}),
      }));
  }
  const warnings = [...lhr.runWarnings.map(String), ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])];
  return {
    ...page,
    scores,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    weightBytes: lhr.audits['total-byte-weight']?.numericValue ?? null,
    failing,
    warnings,
  };
}
