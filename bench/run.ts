/**
 * `npm run bench`: for each corpus size, builds the floor and the project one after the other,
 * cold then warm, measures each build, weighs the project's pages, measures its search, and
 * writes bench/results/latest.md and latest.json.
 *
 *   npm run bench                      2,000 and 10,000 articles (the larger takes a long while)
 *   npm run bench -- 500               any list of sizes
 *   npm run bench -- 500 --no-warm     cold builds only
 *   npm run bench -- 500 --no-search   no browser
 *   npm run bench -- 40000 --project-only --no-warm --no-search
 *                                      the project alone (sizes where the floor adds nothing but hours),
 *                                      written to bench/results/project-only.md and .json
 *
 * On a machine shared with others, run it under `nice`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from '../test/support/browser.ts';
import { phaseTimings } from './build-log.ts';
import { BUILD_NAMES, buildPlan, removeCaches, ROOT, type BuildPlan, type Temperature } from './builds.ts';
import { changeOneArticle, generateCorpus } from './corpus/generate.ts';
import { describeMachine } from './machine.ts';
import { CommandFailed, runMeasured } from './measure.ts';
import { pageWeights } from './page-weight.ts';
import { markdownReport, RESULTS_DIR, writeResults, type BenchResults, type BuildResult, type FailedBuild, type SizeResult } from './report.ts';
import { benchSearch } from './search.ts';
import { siteOutput } from './site-output.ts';

const DEFAULT_SIZES = [2000, 10_000];
const FLAGS = ['--no-warm', '--no-search', '--project-only'] as const;

function parseArguments(args: readonly string[]) {
  const unknown = args.filter((a) => a.startsWith('-') && !(FLAGS as readonly string[]).includes(a));
  const sizes = args.filter((a) => !a.startsWith('-')).map(Number);
  if (unknown.length || sizes.some((n) => !Number.isInteger(n) || n < 10)) {
    console.error(`usage: npm run bench -- [articles…] [${FLAGS.join('] [')}]   (sizes are whole numbers from 10; got ${args.join(' ')})`);
    process.exit(2);
  }
  return {
    sizes: sizes.length ? sizes : DEFAULT_SIZES,
    warm: !args.includes('--no-warm'),
    search: !args.includes('--no-search'),
    builds: args.includes('--project-only') ? (['project'] as const) : BUILD_NAMES,
  };
}

const startedAt = performance.now();
const sinceStart = () => {
  const total = Math.round((performance.now() - startedAt) / 1000);
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
};
const relative = (file: string) => path.relative(ROOT, file);
const say = (articles: number, step: string) => console.log(`[${articles.toLocaleString('en')} articles, ${sinceStart()}] ${step}`);

async function measureBuild(plan: BuildPlan, temperature: Temperature, articles: number): Promise<BuildResult> {
  const command = plan.command(temperature);
  say(articles, `${command.label}: building…`);
  const cost = await runMeasured(command);
  const output = siteOutput(plan.dist);
  console.log(
    `    done: ${cost.wallSeconds.toFixed(1)} s wall, ${cost.cpuSeconds.toFixed(1)} s CPU, ` +
      `${(cost.treeRssPeakBytes / 1024 ** 3).toFixed(2)} GB peak (tree), ${output.pages} pages`,
  );
  return {
    build: plan.name,
    temperature,
    ...cost,
    ...output,
    pagesPerSecond: output.pages / cost.wallSeconds,
    log: relative(command.log),
    phases: phaseTimings(fs.readFileSync(command.log, 'utf8'), cost.wallSeconds),
  };
}

/** A build's result, or what it had cost when it failed (out of memory at 40,000 articles is a result too). */
async function tryBuild(plan: BuildPlan, temperature: Temperature, articles: number): Promise<BuildResult | FailedBuild> {
  try {
    return await measureBuild(plan, temperature, articles);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    console.error(`    ${error.message}`);
    return { build: plan.name, temperature, log: relative(plan.command(temperature).log), ...error.cost };
  }
}

const isFailed = (b: BuildResult | FailedBuild): b is FailedBuild => 'status' in b;

async function benchSize(articles: number, options: ReturnType<typeof parseArguments>): Promise<SizeResult> {
  say(articles, 'writing the corpus…');
  const corpus = generateCorpus(articles);
  const plans = options.builds.map((name) => buildPlan(name, corpus.dir, articles));
  const project = plans.find((p) => p.name === 'project')!;
  const results: (BuildResult | FailedBuild)[] = [];
  for (const plan of plans) {
    removeCaches(plan);
    results.push(await tryBuild(plan, 'cold', articles));
  }
  // Warm builds, page weights and search need every cold build to have finished.
  const allBuilt = !results.some(isFailed);
  const pageWeightsOfProject = allBuilt ? pageWeights(project.dist) : [];
  let changedArticle: string | undefined;
  if (options.warm && allBuilt) {
    changedArticle = path.relative(corpus.dir, changeOneArticle(corpus.dir));
    say(articles, `changed ${changedArticle}`);
    for (const plan of plans) results.push(await tryBuild(plan, 'warm', articles));
  }
  const search = options.search && allBuilt ? (say(articles, 'search in Chromium…'), await benchSearch(articles, project.dist)) : undefined;
  const builds = results.filter((b): b is BuildResult => !isFailed(b));
  const failed = results.filter(isFailed);
  return { articles, corpus: { ...corpus, dir: relative(corpus.dir) }, changedArticle, builds, ...(failed.length ? { failed } : {}), pageWeights: pageWeightsOfProject, search };
}

const options = parseArguments(process.argv.slice(2));
const results: BenchResults = { startedAt: new Date().toISOString(), finishedAt: '', machine: describeMachine(), sizes: [] };
try {
  // Found missing after minutes of building, a browser would cost the whole run: look first.
  if (options.search) chromiumPath();
  for (const articles of options.sizes) {
    results.sizes.push(await benchSize(articles, options));
    // Written after each size, so a long run that fails later keeps what it measured.
    results.finishedAt = new Date().toISOString();
    writeResults(results, options.builds.length === 1 ? 'project-only' : 'latest');
  }
} catch (error) {
  console.error(`\nThe benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const written = options.builds.length === 1 ? 'project-only' : 'latest';
console.log(`\n${markdownReport(results)}\nWritten to ${relative(RESULTS_DIR)}/${written}.md and ${written}.json in ${sinceStart()}.`);
// A build that did not finish is in the report, and in the exit status.
if (results.sizes.some((size) => size.failed?.length)) process.exitCode = 1;
