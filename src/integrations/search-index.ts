import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexableHtml, pageLanguageOf, pageUrlOf, searchableDocument } from '../lib/search/indexable-html.ts';

/**
 * Parts of an indexed page that are not what the page is about, removed from the index on top
 * of what pages mark with data-pagefind-ignore: an article's byline and date line, the status,
 * votes and dates of a community question and its answers. They would put names and counts
 * into every snippet, and their side-by-side spans run words together ("Open6 votes2 answers").
 */
export const NOT_INDEXED = ['.byline', '.dateline', '.question-meta', '.answer-head > span', '[data-search-ui]'] as const;

/** The bundle folder inside the built site; the client loads /pagefind/pagefind.js from it. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, which we do not use (our own UI talks to pagefind.js):
 * removed so that nothing unused is deployed. The highlight script is replaced by ours.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages in the index, from the entry file Pagefind writes. */
function indexedPageCount(bundle: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(
      `The search index could not be built (${step}):\n${errors.map((e) => `  ${e}`).join('\n')}\n` +
        '    → this is Pagefind reporting on the built HTML; the message names the page or setting at fault',
    );
    this.name = 'SearchIndexError';
  }
}

/** Fails the build with Pagefind's own messages when a step reports errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new SearchIndexError(step, response.errors);
  return response;
}

/** Pages sent to the indexer at a time: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/**
 * Sends every built page that has searchable content to Pagefind, as the copy described in
 * src/lib/search/indexable-html.ts (its searchable element only, blocks separated), under the
 * URL it is served at. Returns how many.
 */
async function addPages(index: pagefind.PagefindIndex, site: string, language: string, multilingual: boolean): Promise<number> {
  const files = (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  let sent = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const pages = files
      .slice(i, i + BATCH)
      .map((file) => ({ file, html: fs.readFileSync(path.join(site, file), 'utf8') }))
      // Pages without data-pagefind-body (lists, forms) are left out by Pagefind anyway: skip reading them twice.
      .filter((p) => p.html.includes('data-pagefind-body'));
    // Several languages: each page goes to the index of its own <html lang>, so each language is searched with its own stemming.
    const responses = await Promise.all(pages.map((p) => index.addHTMLFile({ url: pageUrlOf(p.file), content: indexableHtml(searchableDocument(p.html, multilingual ? pageLanguageOf(p.html) ?? language : language)) })));
    responses.forEach((r, n) => check(`reading ${pages[n]!.file}`, r));
    sent += pages.length;
  }
  return sent;
}

/**
 * Builds the Pagefind index of the built site as part of `astro build`, through Pagefind's Node
 * API: every page with data-pagefind-body (articles, FAQ entries, questions) is indexed with the
 * filters, meta and sort that src/lib/search-attributes.ts put on it.
 */
export function searchIndex(options: { language: string; multilingual?: boolean }): AstroIntegration {
  return {
    name: 'help-center:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // If Pagefind's process dies mid-way its promise never settles and Node would simply
        // exit, successfully, with no index: turn that into a failed build.
        const stalled = () => {
          console.error(new SearchIndexError('the indexer stopped without finishing', ['Pagefind exited early; its own message is printed above']).message);
          process.exitCode = 1;
        };
        process.once('beforeExit', stalled);
        try {
          const { index } = check('starting the indexer', await pagefind.createIndex({
            excludeSelectors: [...NOT_INDEXED],
            // One language for the whole site: a stray lang attribute must not split the index in two.
            ...(options.multilingual ? {} : { forceLanguage: options.language.split('-')[0]! }),
          }));
          if (!index) throw new SearchIndexError('starting the indexer', ['Pagefind returned no index']);
          const read = await addPages(index, site, options.language, options.multilingual ?? false);
          const bundle = path.join(site, BUNDLE_DIR);
          check('writing the index', await index.writeFiles({ outputPath: bundle }));
          for (const file of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(bundle, file), { force: true });
          const indexed = indexedPageCount(bundle);
          if (indexed === 0) logger.warn('no page carries data-pagefind-body: the search index is empty');
          logger.info(`indexed ${indexed} of ${read} searchable pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          process.off('beforeExit', stalled);
          await pagefind.close();
        }
      },
    },
  };
}
