import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The sites the build and browser tests read, each built from its own content folder. */
/** Where test builds go; HELP_CENTER_TEST_OUTPUT lets two test runs on one machine keep apart. */
export const TEST_OUTPUT = process.env.HELP_CENTER_TEST_OUTPUT ?? 'test/.output';

export const SITES = {
  /** The example help center in content/: what `npm start` shows. */
  example: { content: 'content', out: `${TEST_OUTPUT}/example` },
  /** A small site of edge cases (hostile titles, long sections, drafts, redirects). */
  fixture: { content: 'test/fixtures/site', out: `${TEST_OUTPUT}/fixture` },
  /** A small site whose chat provider and request endpoint are stubs the test server answers (contact tests). */
  contact: { content: 'test/fixtures/contact', out: `${TEST_OUTPUT}/contact` },
  /** Script payloads published with safe mode switched off, for the Content-Security-Policy test. */
  hostileFull: { content: 'test/fixtures/hostile-full', out: `${TEST_OUTPUT}/hostile-full` },
} as const;

export type SiteName = keyof typeof SITES;

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function outDir(site: SiteName): string {
  return path.join(ROOT, SITES[site].out);
}

/** Runs `astro build` on a content folder; returns its exit code and everything it printed. */
export function buildSite(content: string, out: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: ROOT,
    env: {
      // Not vitest's own variables: Vite and Astro change behaviour when they see VITEST set.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      NODE_ENV: 'production',
      HELP_CENTER_CONTENT: content,
      // A cache per output folder, so parallel test runs never share one.
      HELP_CENTER_CACHE_DIR: path.join('node_modules', `.astro-${out.replace(/[^a-z0-9]+/gi, '-')}`),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
