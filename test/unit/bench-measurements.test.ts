import { describe, expect, it } from 'vitest';
import { parseDuration, phaseTimings } from '../../bench/build-log';
import { parseStatus, treeMemory } from '../../bench/process-tree';
import { staticImports } from '../../bench/page-weight';
import { fileKind } from '../../bench/search';

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
