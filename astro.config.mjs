// Wires the integrations together; the logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCacheDir, contentDir } from './src/config/paths.ts';
import { loadSettings } from './src/config/load-settings.ts';
import { helpCenterBuildSteps } from './src/integrations/index.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';

const settings = loadSettings(contentDir());
const checks = helpCenterBuildSteps({ contentDir: contentDir() });

export default defineConfig({
  site: settings.baseUrl,
  // Each content folder (the example, test fixtures, benchmark corpora) keeps its own content-layer cache.
  cacheDir: contentCacheDir(contentDir()),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // GFM comes from our own remark-gfm (not the processor's built-in copy), so its options are ours.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeExternalLinks] }),
  },
  integrations: [checks.before, mdx(), sitemap(), checks.after],
});
