/**
 * Search benchmark: on generated corpora (bench/generate-corpus.ts), the size of the Pagefind
 * index on disk and, in headless Chromium, what a visitor's first and second query cost: bytes
 * and requests under /pagefind/ (counted at the server, since Pagefind fetches from a Web
 * Worker) and the time from the first keystroke to the suggestions on screen (which includes
 * the box's debounce). Bytes are what a CDN sends: Pagefind's index files are gzipped already,
 * its JavaScript is counted gzipped as any host would serve it.
 *
 *   npx node bench/search.ts 1000 10000
 *
 * An existing build in bench/.output/<N>/ (from bench/build.ts) is reused; otherwise it is built.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, newPage } from '../test/support/browser.ts';
import { serveDirectory, type ServedRequest } from '../test/support/static-server.ts';
import { generateCorpus } from './generate-corpus.ts';

/** Domain words of the generated corpora (WORDS in generate-corpus.ts): "invoice" is in about 70% of the articles, "refund" in about 15%. */
const FIRST_QUERY = 'invoice';
const SECOND_QUERY = 'refund';

export interface QueryCost {
  requests: number;
  /** Bytes as a CDN would send them. */
  bytes: number;
  /** Bytes of the files as stored. */
  rawBytes: number;
  /** First keystroke to suggestions shown, in ms (the box waits for typing to pause first). */
  ms: number;
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

function ensureBuild(articles: number): string {
  const out = path.join(import.meta.dirname, '.output', String(articles));
  const entry = path.join(out, 'pagefind', 'pagefind-entry.json');
  const corpus = path.join(import.meta.dirname, '.corpus', String(articles));
  if (fs.existsSync(entry) && fs.existsSync(corpus)) return out;
  const content = generateCorpus(articles);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // A content cache from an older build of the code can fail the new one: start clean.
  const cache = `node_modules/.astro-bench-${articles}`;
  fs.rmSync(cache, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, HELP_CENTER_CONTENT: content, HELP_CENTER_CACHE_DIR: cache, NODE_ENV: 'production', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const log = path.join(import.meta.dirname, '.output', `search-build-${articles}.log`);
  // Vite prints a warning per MDX file: the log stays on disk.
  fs.writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`the ${articles}-article build failed; see ${log}`);
  return out;
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
  return {
    requests: searchRequests.length,
    bytes: searchRequests.reduce((sum, r) => sum + sent(r), 0),
    rawBytes: searchRequests.reduce((sum, r) => sum + r.bytes, 0),
    ms,
  };
}

export async function benchSearch(articles: number): Promise<SearchBenchResult> {
  const site = ensureBuild(articles);
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
    const input = page.locator('#site-search-input');
    // Times are taken inside the page: from the keydown of the first letter to the moment the
    // list shows suggestions for the whole word.
    await page.evaluate(() => {
      const w = window as unknown as { benchStart: number; benchEnd: number };
      const field = document.querySelector<HTMLInputElement>('#site-search-input')!;
      field.addEventListener('keydown', () => { if (!w.benchStart) w.benchStart = performance.now(); });
      new MutationObserver(() => {
        const status = document.querySelector('#site-search-input')?.closest('form')?.querySelector('[data-search-status]')?.textContent ?? '';
        if (/result|No matches/.test(status) && !w.benchEnd) w.benchEnd = performance.now();
      }).observe(field.closest('form')!, { subtree: true, childList: true, characterData: true });
    });
    const measure = async (query: string) => {
      await page.evaluate(() => Object.assign(window, { benchStart: 0, benchEnd: 0 }));
      const before = server.requests.length;
      // Focusing the box is what starts loading Pagefind: the first query's cost counts from there.
      await input.focus();
      await input.pressSequentially(query);
      await page.waitForFunction((q) => {
        const w = window as unknown as { benchEnd: number };
        const shown = document.querySelector('#site-search-listbox')?.textContent ?? '';
        return w.benchEnd > 0 && shown.toLowerCase().includes(q);
      }, query);
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

export function printSearchResults(results: SearchBenchResult[]): void {
  console.log('\nSearch (Chromium, first query includes loading Pagefind; bytes as sent gzipped, raw in brackets)\n');
  console.log('| Articles | Index on disk | First query: requests, bytes | Keystroke → results | Second query: requests, bytes | Keystroke → results |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.articles.toLocaleString('en')} | ${(r.indexBytes / 1024 / 1024).toFixed(1)} MB (${r.indexFiles} files) ` +
        `| ${r.first.requests}, ${kb(r.first.bytes)} (${kb(r.first.rawBytes)}) | ${Math.round(r.first.ms)} ms ` +
        `| ${r.second.requests}, ${kb(r.second.bytes)} (${kb(r.second.rawBytes)}) | ${Math.round(r.second.ms)} ms |`,
    );
  }
  console.log(`\nKeystroke times include the box's ${results[0]?.debounceMs ?? 0} ms pause after typing.`);
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const results: SearchBenchResult[] = [];
  for (const size of sizes.length ? sizes : [1000, 10000]) results.push(await benchSearch(size));
  printSearchResults(results);
}
