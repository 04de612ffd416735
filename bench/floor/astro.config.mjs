// "The floor": the least Astro needs to turn the corpus's articles into searchable pages, with
// the same Markdown pipeline as the project (unified + our remark-gfm, MDX inheriting it) and a
// Pagefind index made by Pagefind's Node API. bench/run.ts builds it beside the project:
//   FLOOR_CONTENT=<corpus> FLOOR_CACHE_DIR=<dir> astro build --root bench/floor --outDir <dir>
// Packages resolve from the repository's node_modules, so both builds use the same versions.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import * as pagefind from 'pagefind';

/** Pagefind over the built pages, inside `astro build` so that the two are measured as one command. */
const pagefindIndex = {
  name: 'floor:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site });
      const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
      await pagefind.close();
      // Pagefind reports problems in its responses instead of throwing.
      const problems = [...added.errors, ...written.errors];
      if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
      logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
    },
  },
};

export default defineConfig({
  // Each benchmark build names its own cache, so "cold" can remove it and "warm" keep it.
  cacheDir: process.env.FLOOR_CACHE_DIR,
  // gfm: false as in the project's config: GFM comes once, from remark-gfm (Astro's own would run it twice).
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), pagefindIndex],
});
