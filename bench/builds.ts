/**
 * The two builds the benchmark compares on the same corpus, and where each keeps its output,
 * caches and logs (all under bench/.output/<N>/<build>/):
 *
 *   floor    bench/floor/: Astro, MDX with unified + remark-gfm, one route, Pagefind (see its config)
 *   project  this repository's real `astro build`, with HELP_CENTER_CONTENT pointing at the corpus
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './measure.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUTPUT_ROOT = path.join(ROOT, 'bench', '.output');

export const BUILD_NAMES = ['floor', 'project'] as const;
export type BuildName = (typeof BUILD_NAMES)[number];
export type Temperature = 'cold' | 'warm';

export interface BuildPlan {
  name: BuildName;
  /** The built site. */
  dist: string;
  /** What a cold build starts without: Astro's cache (content store) and Vite's dependency cache. */
  caches: string[];
  command: (temperature: Temperature) => Command;
}

/** Environment both builds share: the repository's Node 24 first on PATH, a production build, no colours. */
function baseEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

const astro = path.join(ROOT, 'node_modules', '.bin', 'astro');

export function buildPlan(name: BuildName, corpus: string, articles: number): BuildPlan {
  const dir = path.join(OUTPUT_ROOT, String(articles), name);
  const dist = path.join(dir, 'dist');
  const cache = path.join(dir, 'cache');
  const log = (temperature: Temperature) => path.join(dir, `${temperature}.log`);
  if (name === 'floor') {
    const root = path.join(ROOT, 'bench', 'floor');
    return {
      name,
      dist,
      caches: [cache, path.join(root, 'node_modules', '.vite')],
      command: (temperature) => ({
        label: `floor, ${temperature}`,
        argv: [astro, 'build', '--root', root, '--outDir', dist],
        cwd: ROOT,
        env: { ...baseEnv(), FLOOR_CONTENT: corpus, FLOOR_CACHE_DIR: cache },
        log: log(temperature),
      }),
    };
  }
  return {
    name,
    dist,
    caches: [cache, path.join(ROOT, 'node_modules', '.vite')],
    command: (temperature) => ({
      label: `project, ${temperature}`,
      argv: [astro, 'build', '--outDir', dist],
      cwd: ROOT,
      env: { ...baseEnv(), HELP_CENTER_CONTENT: corpus, HELP_CENTER_CACHE_DIR: cache },
      log: log(temperature),
    }),
  };
}

/** Before a cold build: no caches and no earlier output. */
export function removeCaches(plan: BuildPlan): void {
  for (const dir of [...plan.caches, plan.dist]) fs.rmSync(dir, { recursive: true, force: true });
}
