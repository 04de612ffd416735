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

export class CommandFailed extends Error {
  constructor(label: string, status: string, log: string) {
    const tail = fs.existsSync(log) ? lastLines(fs.readFileSync(log, 'utf8'), 15) : '';
    super(`${label} failed (${status}); its output is in ${log}${tail ? `\n  last lines:\n${tail}` : ''}`);
    this.name = 'CommandFailed';
  }
}

const ANSI = /\u001b\[[0-9;]*m/g;
const lastLines = (text: string, n: number) =>
  text.replace(ANSI, '').split('\n').filter((l) => l.trim()).slice(-n).map((l) => `    ${l.slice(0, 200)}`).join('\n');

/** GNU time's -f fields, written on the last line of its -o file. */
const TIME_FORMAT = '%e %U %S %M';
const PROGRESS_EVERY_MS = 15_000;

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

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
  const progress = setInterval(() => {
    console.log(`    … ${seconds(performance.now() - started)}, ${gb(tree.current())} in use`);
  }, PROGRESS_EVERY_MS);
  const status = await new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : code === 0 ? 'ok' : `exit code ${code}`));
  }).finally(() => {
    clearInterval(progress);
    fs.closeSync(out);
  });
  const peak = tree.stop();
  const timing = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
  fs.rmSync(timeFile, { force: true });
  if (status !== 'ok') throw new CommandFailed(command.label, status, command.log);

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
