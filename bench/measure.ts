/**
 * Runs one command and measures what it cost the machine: wall and CPU seconds and the largest
 * process from GNU time (whose user and system times include every descendant it waited for),
 * and the peak memory of the whole process tree from process-tree.ts. Its output goes to a log
 * file; a progress line is printed while it runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sampleTree } from './process-tree.ts';

export interface ProcessCost {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** User + system, of the command and all its descendants. */
  cpuSeconds: number;
  /** GNU time's maximum resident set size: the largest single process of the tree. */
  largestProcessRssBytes: number;
  /** The largest sum of RSS across the whole tree, sampled every 200 ms. */
  treeRssPeakBytes: number;
  processesAtPeak: number;
}

/** What a failed command had cost when it stopped: the benchmark reports it beside the builds that finished. */
export interface FailedCost {
  status: string;
  wallSeconds: number;
  treeRssPeakBytes: number;
  processesAtPeak: number;
  /** The log's last lines, colour codes removed. */
  lastLines: string[];
  /** The tree's memory at each progress line (every 15 s), to show what grew and when. */
  memoryTimeline: { seconds: number; bytes: number }[];
}

export class CommandFailed extends Error {
  readonly cost: FailedCost;
  constructor(label: string, log: string, cost: Omit<FailedCost, 'lastLines'>) {
    const tail = fs.existsSync(log) ? lastLines(fs.readFileSync(log, 'utf8'), 15) : [];
    super(
      `${label} failed (${cost.status}) after ${seconds(cost.wallSeconds * 1000)} at ${gb(cost.treeRssPeakBytes)} peak; its output is in ${log}` +
        (tail.length ? `\n  last lines:\n${tail.map((l) => `    ${l}`).join('\n')}` : ''),
    );
    this.name = 'CommandFailed';
    this.cost = { ...cost, lastLines: tail };
  }
}

const ANSI = /\u001b\[[0-9;]*m/g;
const lastLines = (text: string, n: number) =>
  text.replace(ANSI, '').split('\n').filter((l) => l.trim()).slice(-n).map((l) => l.slice(0, 200));

/** GNU time's -f fields, written on the last line of its -o file. */
const TIME_FORMAT = '%e %U %S %M';
const PROGRESS_EVERY_MS = 15_000;

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * GNU time exits with 128 + the signal when its child was killed: 137 is SIGKILL, which on a
 * machine without swap is what the kernel's out-of-memory killer sends.
 */
export function exitStatus(code: number | null, signal: string | null): string {
  if (signal) return `killed by ${signal}`;
  if (code === 0) return 'ok';
  if (code === 137) return 'exit code 137: killed by SIGKILL (out of memory, unless someone killed it)';
  return `exit code ${code}`;
}

export interface Command {
  /** What the progress lines and errors call it, e.g. "floor, cold". */
  label: string;
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** File that receives the command's stdout and stderr. */
  log: string;
}

export async function runMeasured(command: Command): Promise<ProcessCost> {
  if (!fs.existsSync('/usr/bin/time')) throw new Error('the benchmark needs GNU time: apt-get install time');
  fs.mkdirSync(path.dirname(command.log), { recursive: true });
  const timeFile = `${command.log}.time`;
  const out = fs.openSync(command.log, 'w');
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, '-o', timeFile, ...command.argv], {
    cwd: command.cwd,
    env: command.env,
    stdio: ['ignore', out, out],
  });
  const tree = sampleTree(child.pid!);
  const memoryTimeline: FailedCost['memoryTimeline'] = [];
  const progress = setInterval(() => {
    const elapsed = performance.now() - started;
    memoryTimeline.push({ seconds: Math.round(elapsed / 1000), bytes: tree.current() });
    console.log(`    … ${seconds(elapsed)}, ${gb(tree.current())} in use`);
  }, PROGRESS_EVERY_MS);
  const status = await new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(exitStatus(code, signal)));
  }).finally(() => {
    clearInterval(progress);
    fs.closeSync(out);
  });
  const peak = tree.stop();
  const timing = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
  fs.rmSync(timeFile, { force: true });
  if (status !== 'ok') {
    const wallSeconds = (performance.now() - started) / 1000;
    throw new CommandFailed(command.label, command.log, { status, wallSeconds, treeRssPeakBytes: peak.peakRssBytes, processesAtPeak: peak.processesAtPeak, memoryTimeline });
  }

  const fields = timing.trim().split('\n').at(-1)!.split(' ').map(Number);
  const [wall, user, system, maxRssKb] = fields as [number, number, number, number];
  return {
    wallSeconds: wall,
    userSeconds: user,
    systemSeconds: system,
    cpuSeconds: user + system,
    largestProcessRssBytes: maxRssKb * 1024,
    treeRssPeakBytes: peak.peakRssBytes,
    processesAtPeak: peak.processesAtPeak,
  };
}
