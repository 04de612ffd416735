/**
 * The benchmark's results: their shape, the Markdown report (also printed at the end of a run)
 * and the files in bench/results/ (latest.md for people, latest.json for tools and diffs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Phase } from './build-log.ts';
import type { BuildName, Temperature } from './builds.ts';
import type { CorpusSummary } from './corpus/generate.ts';
import type { Machine } from './machine.ts';
import type { FailedCost, ProcessCost } from './measure.ts';
import type { PageTypeWeight } from './page-weight.ts';
import { searchMarkdown, type SearchBenchResult } from './search.ts';
import type { SiteOutput } from './site-output.ts';

export interface BuildResult extends ProcessCost, SiteOutput {
  build: BuildName;
  temperature: Temperature;
  pagesPerSecond: number;
  /** The build's log, relative to the repository. */
  log: string;
  phases: Phase[];
}

/** A build that stopped before the end (out of memory, an error): what it had cost by then. */
export interface FailedBuild extends FailedCost {
  build: BuildName;
  temperature: Temperature;
  /** The build's log, relative to the repository. */
  log: string;
}

export interface SizeResult {
  articles: number;
  corpus: CorpusSummary;
  /** The article changed before the warm builds, relative to the corpus. */
  changedArticle?: string;
  builds: BuildResult[];
  /** Builds that did not finish; the steps that needed them (page weights, warm builds, search) were skipped. */
  failed?: FailedBuild[];
  /** The project's pages as a visitor receives them, one per page type. */
  pageWeights: PageTypeWeight[];
  search?: SearchBenchResult;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  sizes: SizeResult[];
}

export const RESULTS_DIR = path.join(import.meta.dirname, 'results');

const int = (n: number) => Math.round(n).toLocaleString('en');
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const title = (b: { build: BuildName; temperature: Temperature }) => `${b.build === 'floor' ? 'Floor' : 'Project'}, ${b.temperature}`;

function find(size: SizeResult, build: BuildName, temperature: Temperature): BuildResult | undefined {
  return size.builds.find((b) => b.build === build && b.temperature === temperature);
}

function buildTable(size: SizeResult): string[] {
  if (!size.builds.length) return ['No build finished.'];
  return [
    '| Build | Wall | CPU (user + sys) | Peak memory, whole tree | Largest process | Pages | Pages/s | Output | Pagefind index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...size.builds.map((b) =>
      `| ${title(b)} | ${s(b.wallSeconds)} | ${s(b.cpuSeconds)} | ${gb(b.treeRssPeakBytes)} (${b.processesAtPeak} processes) | ${gb(b.largestProcessRssBytes)} ` +
        `| ${int(b.pages)} | ${b.pagesPerSecond.toFixed(1)} | ${mb(b.distBytes)} | ${mb(b.pagefind.bytes)}, ${int(b.pagefind.files)} files |`,
    ),
  ];
}

/** Per article, project against floor: the same N, so the ratio is that of the totals. */
function ratioTable(size: SizeResult): string[] {
  const perArticle = (seconds: number) => `${int((seconds * 1000) / size.articles)} ms`;
  const rows = (['cold', 'warm'] as const).flatMap((t) => {
    const floor = find(size, 'floor', t);
    const project = find(size, 'project', t);
    if (!floor || !project) return [];
    return [
      `| ${t} | ${perArticle(floor.cpuSeconds)} → ${perArticle(project.cpuSeconds)} | **${ratio(project.cpuSeconds, floor.cpuSeconds)}** ` +
        `| ${perArticle(floor.wallSeconds)} → ${perArticle(project.wallSeconds)} | ${ratio(project.wallSeconds, floor.wallSeconds)} ` +
        `| ${gb(floor.treeRssPeakBytes)} → ${gb(project.treeRssPeakBytes)} | ${ratio(project.treeRssPeakBytes, floor.treeRssPeakBytes)} |`,
    ];
  });
  if (!rows.length) return [];
  return [
    '### Project ÷ floor, per article',
    '',
    '| Build | CPU per article, floor → project | CPU ratio | Wall per article, floor → project | Wall ratio | Peak tree memory, floor → project | Memory ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

/** The rebuild after one article changed against the cold build, for each build that has both. */
function rebuildTable(size: SizeResult): string[] {
  const rows = (['floor', 'project'] as const).flatMap((name) => {
    const cold = find(size, name, 'cold');
    const warm = find(size, name, 'warm');
    if (!cold || !warm) return [];
    return [`| ${name === 'floor' ? 'Floor' : 'Project'} | ${s(cold.wallSeconds)} → ${s(warm.wallSeconds)} | **${ratio(warm.wallSeconds, cold.wallSeconds)}** | ${s(cold.cpuSeconds)} → ${s(warm.cpuSeconds)} | ${ratio(warm.cpuSeconds, cold.cpuSeconds)} |`];
  });
  if (!rows.length) return [];
  return [
    '### Rebuild after one article changed ÷ cold build',
    '',
    '| Build | Wall, cold → rebuild | Wall ratio | CPU, cold → rebuild | CPU ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ];
}

/** Phases side by side, each followed by its parts; a part one build lacks (an integration of the other) shows as "–". */
function phaseTable(size: SizeResult): string[] {
  const all = size.builds.flatMap((b) => b.phases);
  const phases = [...new Set(all.filter((p) => !p.partOf).map((p) => p.name))];
  const partsOf = (phase: string) => [...new Set(all.filter((p) => p.partOf === phase).map((p) => p.name))];
  const row = (label: string, name: string) =>
    `| ${label} | ${size.builds.map((b) => b.phases.find((p) => p.name === name)).map((p) => (p ? s(p.seconds) : '–')).join(' | ')} |`;
  return [
    `| Phase (wall) | ${size.builds.map(title).join(' | ')} |`,
    `| --- | ${size.builds.map(() => '---:').join(' | ')} |`,
    ...phases.flatMap((phase) => [row(phase, phase), ...partsOf(phase).map((part) => row(`… of which ${part}`, part))]),
  ];
}

/** One figure per minute from the 15-second samples, and the last one: "1 min 6.6 GB, 2 min 6.7 GB, …, 10 min 53 s 23.8 GB". */
export function minuteByMinute(timeline: readonly { seconds: number; bytes: number }[]): string {
  const picked = timeline.filter((t, i) => t.seconds % 60 === 0 || i === timeline.length - 1);
  const at = (seconds: number) => (seconds % 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds / 60} min`);
  return picked.map((t) => `${at(t.seconds)} ${gb(t.bytes)}`).join(', ') || 'not sampled (under 15 s)';
}

function failedSection(size: SizeResult): string[] {
  if (!size.failed?.length) return [];
  return [
    '### Builds that did not finish',
    '',
    '| Build | Stopped | After | Peak memory, whole tree |',
    '| --- | --- | ---: | ---: |',
    ...size.failed.map((f) => `| ${title(f)} | ${f.status} | ${s(f.wallSeconds)} | ${gb(f.treeRssPeakBytes)} (${f.processesAtPeak} processes) |`),
    '',
    ...size.failed.flatMap((f) => [
      `Memory of the whole tree, minute by minute: ${minuteByMinute(f.memoryTimeline)}.`,
      '',
      `Last lines of \`${f.log}\`:`,
      '',
      '```',
      ...f.lastLines,
      '```',
      '',
    ]),
  ];
}

function phaseSection(size: SizeResult): string[] {
  if (!size.builds.length) return [];
  return [
    '### Where the time goes',
    '',
    "From the durations Astro prints in each build's log (`bench/.output/<N>/<build>/<cold|warm>.log`).",
    '',
    ...phaseTable(size),
    '',
  ];
}

function weightTable(size: SizeResult): string[] {
  if (!size.pageWeights.length) return ['No page weights: the project\'s cold build did not finish.'];
  return [
    '| Page type | Example | HTML | CSS | JS (files) |',
    '| --- | --- | ---: | ---: | ---: |',
    ...size.pageWeights.map((w) => `| ${w.type} | \`${w.url}\` | ${kb(w.html.gzip)} | ${kb(w.css.gzip)} | ${kb(w.js.gzip)} (${w.js.files.length}) |`),
  ];
}

/** "floor and project", or "the project alone" for a --project-only run. */
const builtNames = (size: SizeResult) => {
  const names = new Set([...size.builds, ...(size.failed ?? [])].map((b) => b.build));
  return names.has('floor') ? 'floor and project' : 'the project alone';
};

function sizeSection(size: SizeResult): string[] {
  const c = size.corpus;
  return [
    `## ${int(size.articles)} articles`,
    '',
    `Corpus: ${int(c.articles)} articles of ${int(c.wordsPerArticle)} words on average, ${c.faqPages} FAQ pages, ${int(c.questions)} questions with ${int(c.answers)} answers: ` +
      `${int(c.files)} files, ${mb(c.bytes)}. Built one after the other: ${builtNames(size)} cold (caches removed), then` +
      (size.changedArticle ? ` warm (caches kept, one article changed: \`${size.changedArticle}\`).` : ' no warm builds (--no-warm).'),
    '',
    ...buildTable(size),
    '',
    ...failedSection(size),
    ...ratioTable(size),
    '',
    ...rebuildTable(size),
    ...phaseSection(size),
    '### Page weight (project, gzip, before any interaction)',
    '',
    ...weightTable(size),
    ...(size.search ? ['', '### Search', '', ...searchMarkdown([size.search])] : []),
    '',
  ];
}

export function markdownReport(results: BenchResults): string {
  const m = results.machine;
  return [
    '# Build benchmark: the project against the floor',
    '',
    `Run ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${gb(m.memoryBytes)} memory, ${m.os}; ` +
      `Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}. Load average at the start: ${m.loadAverage.join(', ')}.`,
    '',
    'The floor (`bench/floor/`) is the least Astro needs for the same articles: one route rendering each MDX file with the same ' +
      'unified + remark-gfm pipeline, and Pagefind over the result. The project is this repository\'s real `astro build`: content ' +
      'checks, every page type, FAQ and community, sitemap, search index, link check. CPU is user + system time of the whole ' +
      'process tree (GNU time); peak memory sums the RSS of every process of the tree, sampled every 200 ms (shared pages count ' +
      'once per process), beside GNU time\'s largest single process. Wall time varies by ±30% between runs on a shared machine; ' +
      'compare CPU, and compare within a run. The Pagefind index is the whole bundle (index, fragments, Pagefind\'s JavaScript and ' +
      'WebAssembly); the project deletes Pagefind\'s ready-made UI files, which the floor keeps.',
    '',
    ...results.sizes.flatMap(sizeSection),
  ].join('\n');
}

/** Writes latest.md and latest.json, replacing the previous run's. */
export function writeResults(results: BenchResults, name = 'latest'): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.md`), markdownReport(results));
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
}
