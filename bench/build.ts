/**
 * Build benchmark: generates corpora of N articles, builds each with the real pipeline
 * (content check, MDX + remark-gfm, every page type, link check, and whatever else the
 * config runs), and prints time, peak memory, output size and how cost grows with N.
 *
 *   npx node bench/build.ts 1000 10000
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { pageWeight } from './page-weight.ts';

export interface BuildResult {
  articles: number;
  pages: number;
  seconds: number;
  peakMemoryMb?: number;
  outputMb: number;
}

function directorySize(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).reduce((sum, f) => {
    const stat = fs.statSync(path.join(dir, f));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

export function benchBuild(articles: number): BuildResult {
  const content = generateCorpus(articles);
  const out = path.join(import.meta.dirname, '.output', String(articles));
  const log = path.join(import.meta.dirname, '.output', `build-${articles}.log`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const cache = `node_modules/.astro-bench-${articles}`;
  fs.rmSync(cache, { recursive: true, force: true });
  // GNU time reports the peak memory of the whole build; without it the figure is left out.
  const timed = fs.existsSync('/usr/bin/time');
  const command = [...(timed ? ['/usr/bin/time', '-v'] : []), 'npx', 'astro', 'build', '--outDir', out];
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    env: { ...process.env, HELP_CENTER_CONTENT: content, HELP_CENTER_CACHE_DIR: cache, NODE_ENV: 'production', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  // Vite prints a long warning per MDX file: keep the log on disk, out of the terminal.
  fs.writeFileSync(log, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`the ${articles}-article build failed; see ${log}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const pages = (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
  return {
    articles,
    pages,
    seconds,
    peakMemoryMb: rss ? Number(rss) / 1024 : undefined,
    outputMb: directorySize(out) / 1024 / 1024,
  };
}

export function printBuildResults(results: BuildResult[]): void {
  console.log('\nBuild (generated corpora, ~450 words per article)');
  console.log('articles | pages | build s | ms/article | peak MB | output MB | time ratio vs first');
  for (const r of results) {
    const ratio = r.seconds / results[0]!.seconds;
    console.log(
      [r.articles, r.pages, r.seconds.toFixed(1), ((r.seconds * 1000) / r.articles).toFixed(1), r.peakMemoryMb?.toFixed(0) ?? 'n/a', r.outputMb.toFixed(1), `${ratio.toFixed(2)}× for ${(r.articles / results[0]!.articles).toFixed(0)}× the articles`].join(' | '),
    );
  }
  const largest = results.at(-1)!;
  const w = pageWeight(path.join(import.meta.dirname, '.output', String(largest.articles)), '/articles/article-0/');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`article page at ${largest.articles} articles: HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)}, JS ${kb(w.js.gzip)} (gzip, before any interaction)`);
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  printBuildResults((sizes.length ? sizes : [1000]).map(benchBuild));
}
