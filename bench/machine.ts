/** The machine and software a benchmark ran on, recorded with its figures (they mean little without). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './builds.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  /** 1, 5 and 15-minute load averages when the run started: others' work on a shared machine shows here. */
  loadAverage: number[];
}

const versionOf = (pkg: string) =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
