/**
 * Search benchmark: on a built corpus (bench/corpus/generate.ts), the size of the Pagefind
 * index on disk and, in headless Chromium, what a visitor's first and second query cost: bytes
 * and requests under /pagefind/ (counted at the server, since Pagefind fetches from a Web
 * Worker) and the time from the first keystroke to the suggestions on screen (which includes
 * the box's debounce). Bytes are what a CDN sends: Pagefind's index files are gzipped already,
 * its JavaScript is counted gzipped as any host would serve it.
 *
 *   npx node bench/search.ts 2000 10000
 *
 * `npm run bench` runs it on the project build it has just measured; run alone, it reuses
 * bench/.output/<N>/project/dist or builds it first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newPage } from '../test/support/browser.ts';
import { serveDirectory, type ServedRequest } from '../test/support/static-server.ts';
import { buildPlan, removeCaches } from './builds.ts';
import { CORPUS_ROOT, generateCorpus } from './corpus/generate.ts';
import { runMeasured } from './measure.ts';

/** Domain words of the generated corpora (DOMAIN_WORDS in corpus/text.ts): "timer" is in about 75% of the articles, "refund" in about 35%. */
const FIRST_QUERY = 'timer';
const SECOND_QUERY = 'refund';

export interface QueryCost {
  requests: number;
  /** Bytes as a CDN would send them. */
  bytes: number;
  /** Bytes of the files as stored. */
  rawBytes: number;
  /** First keystroke to suggestions shown, in ms (the box waits for typing to pause first). */
  ms: number;
  /** Bytes sent by kind of file (see fileKind), so that what grows with the site can be seen. */
  byKind: Record<string, { requests: number; bytes: number }>;
}

/** What a file under /pagefind/ is, from its name. */
export function fileKind(url: string): string {
  const file = url.split('?')[0]!.split('/').at(-1)!;
  if (/\.pf_meta$/.test(file)) return 'page list (pf_meta)';
  if (/\.pf_index$/.test(file)) return 'index chunks (pf_index)';
  if (/\.pf_fragment$/.test(file)) return 'result fragments (pf_fragment)';
  if (/\.pf_filter$/.test(file)) return 'filters (pf_filter)';
  if (/\.pagefind$/.test(file) || /wasm/.test(file)) return 'WebAssembly';
  if (/\.js$/.test(file)) return 'JavaScript';
  return 'other (entry, manifest)';
}

export interface SearchBenchResult {
  articles: number;
  indexBytes: number;
  indexFiles: number;
  debounceMs: number;
  first: QueryCost;
  second: QueryCost;
}

const ALREADY_COMPRESSED = /\.(pf_\w+|pagefind)$/;

/** The project's build of the N-article corpus, made (cold) if there is none yet. */
async function ensureBuild(articles: number): Promise<string> {
  const plan = buildPlan('project', path.join(CORPUS_ROOT, String(articles)), articles);
  if (fs.existsSync(path.join(plan.dist, 'pagefind', 'pagefind-entry.json'))) return plan.dist;
  console.log(`building the project on ${articles} articles first…`);
  generateCorpus(articles);
  removeCaches(plan);
  await runMeasured(plan.command('cold'));
  return plan.dist;
}

function indexSize(bundle: string) {
  const files = (fs.readdirSync(bundle, { recursive: true }) as string[]).map((f) => path.join(bundle, f)).filter((f) => fs.statSync(f).isFile());
  return { bytes: files.reduce((sum, f) => sum + fs.statSync(f).size, 0), files: files.length };
}

function cost(site: string, requests: ServedRequest[], ms: number): QueryCost {
  const searchRequests = requests.filter((r) => r.url.startsWith('/pagefind/'));
  const sent = (r: ServedRequest) => {
    const file = path.join(site, decodeURIComponent(r.url.split('?')[0]!));
    if (ALREADY_COMPRESSED.test(file) || !fs.existsSync(file)) return r.bytes;
    return gzipSync(fs.readFileSync(file), { level: 6 }).length;
  };
  const byKind: QueryCost['byKind'] = {};
  for (const r of searchRequests) {
    const kind = (byKind[fileKind(r.url)] ??= { requests: 0, bytes: 0 });
    kind.requests += 1;
    kind.bytes += sent(r);
  }
  return {
    requests: searchRequests.length,
    bytes: searchRequests.reduce((sum, r) => sum + sent(r), 0),
    rawBytes: searchRequests.reduce((sum, r) => sum + r.bytes, 0),
    ms,
    byKind,
  };
}

/** Measures the search of `site`, a project build of the N-article corpus. */
export async function benchSearch(articles: number, site: string): Promise<SearchBenchResult> {
  const index = indexSize(path.join(site, 'pagefind'));
  const debounceMs = JSON.parse(
    /data-search-config="([^"]+)"/.exec(fs.readFileSync(path.join(site, 'index.html'), 'utf8'))![1]!.replace(/&quot;/g, '"').replace(/&#34;/g, '"'),
  ).debounceMs as number;
  const server = await serveDirectory(site);
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser);
    await page.goto(`${server.origin}/`);
    await page.waitForLoadState('networkidle');
    if (server.requests.some((r) => r.url.startsWith('/pagefind/'))) throw new Error('the home page fetched from /pagefind/ before any search');
    // The home page's own box (the hero search); other pages have the header's.
    const box = (await page.locator('input[role="combobox"]').first().getAttribute('id')) ?? '';
    const listbox = (await page.locator(`#${box}`).getAttribute('aria-controls')) ?? '';
    if (!box || !listbox) throw new Error('the home page has no search box with a list of suggestions');
    const input = page.locator(`#${box}`);
    // Times are taken inside the page: from the keydown of the first letter to the moment the
    // list shows suggestions for the whole word.
    await page.evaluate((box) => {
      const w = window as unknown as { benchStart: number; benchEnd: number };
      const field = document.querySelector<HTMLInputElement>(`#${box}`)!;
      field.addEventListener('keydown', () => { if (!w.benchStart) w.benchStart = performance.now(); });
      new MutationObserver(() => {
        const status = field.closest('form')?.querySelector('[data-search-status]')?.textContent ?? '';
        if (/result|No matches/.test(status) && !w.benchEnd) w.benchEnd = performance.now();
      }).observe(field.closest('form')!, { subtree: true, childList: true, characterData: true });
    }, box);
    const measure = async (query: string) => {
      await page.evaluate(() => Object.assign(window, { benchStart: 0, benchEnd: 0 }));
      const before = server.requests.length;
      // Focusing the box is what starts loading Pagefind: the first query's cost counts from there.
      await input.focus();
      await input.pressSequentially(query);
      await page.waitForFunction(([q, list]) => {
        const w = window as unknown as { benchEnd: number };
        const shown = document.getElementById(list)?.textContent ?? '';
        return w.benchEnd > 0 && shown.toLowerCase().includes(q);
      }, [query, listbox] as const);
      const ms = await page.evaluate(() => {
        const w = window as unknown as { benchStart: number; benchEnd: number };
        return w.benchEnd - w.benchStart;
      });
      return cost(site, server.requests.slice(before), ms);
    };
    const first = await measure(FIRST_QUERY);
    await input.fill('');
    const second = await measure(SECOND_QUERY);
    return { articles, indexBytes: index.bytes, indexFiles: index.files, debounceMs, first, second };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The results as a Markdown table with its explanation. */
export function searchMarkdown(results: readonly SearchBenchResult[]): string[] {
  return [
    `Chromium; the first query ("${FIRST_QUERY}") includes loading Pagefind, the second ("${SECOND_QUERY}") reuses it. Bytes as sent gzipped, raw in brackets.`,
    '',
    '| Articles | Index on disk | First query: requests, bytes | Keystroke → results | Second query: requests, bytes | Keystroke → results |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.articles.toLocaleString('en')} | ${(r.indexBytes / 1024 / 1024).toFixed(1)} MB (${r.indexFiles.toLocaleString('en')} files) ` +
        `| ${r.first.requests}, ${kb(r.first.bytes)} (${kb(r.first.rawBytes)}) | ${Math.round(r.first.ms)} ms ` +
        `| ${r.second.requests}, ${kb(r.second.bytes)} (${kb(r.second.rawBytes)}) | ${Math.round(r.second.ms)} ms |`,
    ),
    '',
    `Keystroke times include the box's ${results[0]?.debounceMs ?? 0} ms pause after typing.`,
    '',
    'What the first query transferred, by kind of file (gzip as sent; requests in brackets):',
    '',
    `| Kind of file | ${results.map((r) => `${r.articles.toLocaleString('en')} articles`).join(' | ')} |`,
    `| --- | ${results.map(() => '---:').join(' | ')} |`,
    ...[...new Set(results.flatMap((r) => Object.keys(r.first.byKind)))].sort().map(
      (kind) => `| ${kind} | ${results.map((r) => (r.first.byKind[kind] ? `${kb(r.first.byKind[kind].bytes)} (${r.first.byKind[kind].requests})` : '–')).join(' | ')} |`,
    ),
  ];
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const results: SearchBenchResult[] = [];
  for (const size of sizes.length ? sizes : [2000, 10000]) results.push(await benchSearch(size, await ensureBuild(size)));
  console.log(searchMarkdown(results).join('\n'));
}
