import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TEST_OUTPUT } from './sites';

/** The valid site every mistake scenario starts from. */
const FIXTURE = 'test/fixtures/site';

/**
 * Copies the fixture site to `${TEST_OUTPUT}/mistakes/<name>`, lets the scenario break it the way
 * a writer would, and returns the copy's path relative to the project root (as errors print it).
 */
export function brokenCopy(name: string, breakIt: (dir: string) => void): string {
  const relative = `${TEST_OUTPUT}/mistakes/${name}`;
  const dir = path.join(ROOT, relative);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, FIXTURE), dir, { recursive: true });
  breakIt(dir);
  return relative;
}

/** Replaces text in a file, failing loudly if the scenario's edit no longer matches the fixture. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the test's edit of ${file} changed nothing`);
  fs.writeFileSync(file, changed);
}

/** The 1-based line on which `needle` first appears in a file given relative to the project root. */
export function lineOf(file: string, needle: string): number {
  return fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}
