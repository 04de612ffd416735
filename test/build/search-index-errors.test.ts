import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndexError, searchIndex } from '../../src/integrations/search-index';
import { ROOT } from '../support/sites';

// Pagefind reports problems in an `errors` array instead of throwing: this one reports one.
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async () => ({ errors: ['Failed to parse file: unexpected end'], file: null }),
      writeFiles: async () => ({ errors: [], outputPath: '' }),
    },
  }),
  close: async () => null,
}));

const runHook = (site: string) =>
  (searchIndex({ language: 'en' }).hooks['astro:build:done'] as (options: object) => Promise<void>)({
    dir: new URL(`file://${site}/`),
    logger: { info: () => {}, warn: () => {} },
  });

describe('a search indexing problem', () => {
  it('fails the build with Pagefind’s own message and the page it was reading', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    fs.mkdirSync(path.join(site, 'articles', 'broken'), { recursive: true });
    fs.writeFileSync(path.join(site, 'articles', 'broken', 'index.html'), '<main data-pagefind-body><h1>Broken</h1></main>');
    const run = runHook(site);
    await expect(run).rejects.toBeInstanceOf(SearchIndexError);
    await expect(run).rejects.toThrow('The search index could not be built (reading articles/broken/index.html):\n  Failed to parse file: unexpected end');
    fs.rmSync(site, { recursive: true, force: true });
  });

  it('fails the build when Pagefind’s process dies before finishing', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    fs.writeFileSync(path.join(site, 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>Hello</h1></main></body></html>');
    // A file where the bundle folder must go makes the real Pagefind crash while writing.
    fs.writeFileSync(path.join(site, 'pagefind'), 'not a folder');
    const script = `import { searchIndex } from './src/integrations/search-index.ts';
      await searchIndex({ language: 'en' }).hooks['astro:build:done']({ dir: new URL('file://${site}/'), logger: { info() {}, warn() {} } });`;
    const result = spawnSync('npx', ['node', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    fs.rmSync(site, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('The search index could not be built (the indexer stopped without finishing)');
  });
});
