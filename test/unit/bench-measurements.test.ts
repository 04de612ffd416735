import { describe, expect, it } from 'vitest';
import { parseDuration, phaseTimings } from '../../bench/build-log';
import { parseStatus, treeMemory } from '../../bench/process-tree';
import { staticImports } from '../../bench/page-weight';
import { fileKind } from '../../bench/search';
import { exitStatus } from '../../bench/measure';
import { markdownReport, minuteByMinute, type SizeResult } from '../../bench/report';

const MB = 1024 * 1024;

describe('the process-tree memory', () => {
  it('reads the parent and the resident memory from /proc/<pid>/status', () => {
    const status = 'Name:\tnode\nState:\tS (sleeping)\nPid:\t4242\nPPid:\t4000\nVmPeak:\t 9000000 kB\nVmRSS:\t  204800 kB\n';
    expect(parseStatus(4242, status)).toEqual({ pid: 4242, ppid: 4000, rssBytes: 200 * MB });
  });

  it('counts a process without VmRSS (a kernel thread, a zombie) as using none', () => {
    expect(parseStatus(7, 'Name:\tkworker\nPPid:\t2\n')).toEqual({ pid: 7, ppid: 2, rssBytes: 0 });
  });

  it('sums the root and all its descendants, and nothing outside the tree', () => {
    const processes = [
      { pid: 1, ppid: 0, rssBytes: 5 * MB },
      { pid: 10, ppid: 1, rssBytes: 2 * MB }, // GNU time
      { pid: 11, ppid: 10, rssBytes: 900 * MB }, // astro build
      { pid: 12, ppid: 11, rssBytes: 300 * MB }, // pagefind
      { pid: 13, ppid: 12, rssBytes: 1 * MB }, // its child
      { pid: 20, ppid: 1, rssBytes: 700 * MB }, // someone else's build
    ];
    expect(treeMemory(processes, 10)).toEqual({ rssBytes: 1203 * MB, processes: 4 });
  });

  it('is empty when the root has already exited', () => {
    expect(treeMemory([{ pid: 1, ppid: 0, rssBytes: MB }], 99)).toEqual({ rssBytes: 0, processes: 0 });
  });
});

describe('the phases of a build log', () => {
  it('reads the durations Astro prints', () => {
    expect(parseDuration('935ms')).toBe(0.935);
    expect(parseDuration('1.92s')).toBe(1.92);
    expect(parseDuration('1m 5s')).toBe(65);
    expect(parseDuration('812 ms')).toBe(0.812);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('turns Astro\'s cumulative timers into phases, with the integrations that time themselves', () => {
    const log = [
      '20:01:45 [content] Syncing content',
      '20:01:45 [build] Collecting build info...',
      '20:01:45 [build] \u001b[32m✓ Completed in 935ms.\u001b[39m',
      '20:01:45 [build] Building static entrypoints...',
      '20:01:46 [vite] ✓ built in 1.25s',
      ' generating static routes ',
      '20:01:47   ├─ /index.html (+3ms) ',
      '20:01:47 ✓ Completed in 542ms.',
      '',
      '20:01:47 [build] ✓ Completed in 1.92s.',
      '20:01:47 [help-center:search-index] indexed 100 of 100 searchable pages in 193 ms',
      '20:01:47 [build] 171 page(s) built in 3.10s',
      '20:01:47 [build] Complete!',
    ].join('\n');
    const phases = phaseTimings(log, 4);
    const seconds = Object.fromEntries(phases.map((p) => [p.name, Math.round(p.seconds * 1000) / 1000]));
    expect(seconds).toEqual({
      'startup, content sync, types': 0.935,
      'Vite bundling (MDX, components)': 1.378,
      'rendering pages': 0.542,
      'build:done hooks': 0.245,
      'help-center:search-index': 0.193,
      "total (Astro's timer)": 3.1,
      "outside Astro's timer (Node start, config and its hooks, exit)": 0.9,
    });
    expect(phases.find((p) => p.name === 'help-center:search-index')?.partOf).toBe('build:done hooks');
  });

  it('gives no phases for a log that stopped early', () => {
    expect(phaseTimings('20:01:45 [content] Syncing content\nError: boom')).toEqual([]);
  });
});

describe('the scripts a page loads', () => {
  it('follow static imports as the bundler writes them, minified or not, and never dynamic ones', () => {
    const code = 'import{t as e}from"./combobox.js";import{s as t}from"./pagefind-client.js";import "./side-effect.js";\nimport { a } from \'./spaced.js\';const later=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./combobox.js', './pagefind-client.js', './side-effect.js', './spaced.js']);
  });
});

describe('the search benchmark', () => {
  it('sorts what a query fetched into the kinds of file whose growth it reports', () => {
    expect(fileKind('/pagefind/pagefind.en_c3f545319c.pf_meta')).toBe('page list (pf_meta)');
    expect(fileKind('/pagefind/index/en_1a2b3c4.pf_index')).toBe('index chunks (pf_index)');
    expect(fileKind('/pagefind/fragment/en_99ff.pf_fragment?x=1')).toBe('result fragments (pf_fragment)');
    expect(fileKind('/pagefind/filter/en_77.pf_filter')).toBe('filters (pf_filter)');
    expect(fileKind('/pagefind/wasm.en.pagefind')).toBe('WebAssembly');
    expect(fileKind('/pagefind/pagefind-worker.js')).toBe('JavaScript');
    expect(fileKind('/pagefind/pagefind-entry.json')).toBe('other (entry, manifest)');
  });
});

describe('the report of a build that did not finish', () => {
  const corpus = { dir: 'bench/.corpus/40000', articles: 40_000, wordsPerArticle: 748, faqPages: 48, questions: 4000, answers: 8000, files: 52_049, bytes: 280 * MB };
  const size: SizeResult = {
    articles: 40_000,
    corpus,
    builds: [],
    failed: [
      {
        build: 'project',
        temperature: 'cold',
        log: 'bench/.output/40000/project/cold.log',
        status: 'killed by SIGKILL',
        wallSeconds: 1234.5,
        treeRssPeakBytes: 22.5 * 1024 * MB,
        processesAtPeak: 3,
        lastLines: ['14:28:22 [build] Building static entrypoints...'],
        memoryTimeline: [15, 30, 45, 60, 75, 90, 105, 120, 135].map((seconds) => ({ seconds, bytes: seconds * 100 * MB })),
      },
    ],
    pageWeights: [],
  };
  const machine = { cpu: 'AMD EPYC', cores: 2, memoryBytes: 24 * 1024 * MB, os: 'Linux', node: 'v24', astro: '7', pagefind: '1', loadAverage: [0, 0, 0] };
  const report = markdownReport({ startedAt: '2026-12-02T14:27:00Z', finishedAt: '', machine, sizes: [size] });

  it('says how it stopped, after how long and at what memory, with the last lines of its log', () => {
    expect(report).toContain('| Project, cold | killed by SIGKILL | 1234.5 s | 22.50 GB (3 processes) |');
    expect(report).toContain('Last lines of `bench/.output/40000/project/cold.log`:');
    expect(report).toContain('14:28:22 [build] Building static entrypoints...');
  });

  it('shows the memory of the tree minute by minute, and where it stood at the end', () => {
    expect(report).toContain('Memory of the whole tree, minute by minute: 1 min 5.86 GB, 2 min 11.72 GB, 2 min 15 s 13.18 GB.');
    expect(minuteByMinute([])).toBe('not sampled (under 15 s)');
  });

  it('names the out-of-memory killer when the build was killed by SIGKILL', () => {
    expect(exitStatus(137, null)).toMatch(/SIGKILL \(out of memory/);
    expect(exitStatus(1, null)).toBe('exit code 1');
    expect(exitStatus(null, 'SIGTERM')).toBe('killed by SIGTERM');
    expect(exitStatus(0, null)).toBe('ok');
  });

  it('leaves out the tables that only finished builds fill', () => {
    expect(report).toContain('No build finished.');
    expect(report).toContain('Built one after the other: the project alone cold');
    expect(report).not.toContain('### Project ÷ floor');
    expect(report).not.toContain('### Where the time goes');
  });

  it('says why there are no page weights rather than showing an empty table', () => {
    expect(report).toContain("No page weights: the project's cold build did not finish.");
    expect(report).not.toContain('| Page type | Example |');
  });
});
