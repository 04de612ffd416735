// Wires the integrations together; the logic lives in src/.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCacheDir, contentDir } from './src/lib/content/paths.ts';
import { loadLocaleSettings, loadSettings } from './src/lib/content/settings.ts';
import { siteLocales, translationLocales } from './src/lib/i18n/locales.ts';
import { helpCenterBuildSteps } from './src/integrations/index.ts';
import { noindexPages } from './src/integrations/noindex-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { settingsModule } from './src/integrations/settings-module.ts';
import { contentImagesModule } from './src/integrations/content-images.ts';
import { parseOptionsFrom } from './src/integrations/content-check.ts';
import { siteCsp } from './src/lib/security/csp.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';
import { rehypeHighlightCode } from './src/markdown/rehype-highlight-code.ts';
import { rehypeReadableContent } from './src/markdown/rehype-readable-content.ts';
import { rehypeSanitizeContent } from './src/markdown/rehype-sanitize-content.ts';
import { contentGuard } from './src/markdown/content-guard.ts';
import { remarkAlerts } from './src/markdown/remark-alerts.ts';
import { remarkBlockComponents } from './src/markdown/remark-block-components.ts';
import { remarkComponentUsage } from './src/markdown/remark-component-usage.ts';
import { remarkFaq } from './src/markdown/remark-faq.ts';
import { remarkFileLinks } from './src/markdown/remark-file-links.ts';
import { remarkPlainText } from './src/markdown/remark-plain-text.ts';

const settings = loadSettings(contentDir());
const locales = siteLocales(settings);
const multilingual = locales.length > 1;
// A folder and its translations' folders (content/faq, content/de/faq…), for the plugins that treat one kind of file apart.
/** The language a content file is written in: a translation's folder (content/de/…), else the site's own. */
const contentLocaleOf = (file) => {
  const first = path.relative(contentDir(), file).split(path.sep)[0];
  return translationLocales(locales).some((l) => l.code === first) ? first : settings.locale;
};
const withTranslations = (dir) => [path.join(contentDir(), dir), ...translationLocales(locales).map((l) => path.join(contentDir(), l.code, dir))];
const checks = helpCenterBuildSteps({ contentDir: contentDir(), settings });
const noindex = noindexPages();
const pipeline = { contentDir: contentDir(), ...parseOptionsFrom(settings, contentDir()) };
const guard = contentGuard(pipeline);
const csp = siteCsp(settings.chat.provider);

export default defineConfig({
  site: settings.baseUrl,
  // Each content folder (the example, test fixtures, benchmark corpora) keeps its own content-layer cache.
  cacheDir: contentCacheDir(contentDir()),
  trailingSlash: 'always',
  // Four pages at a time: a page's render overlaps the file and cache writes of the others. At 2,000
  // articles this cut rendering from 15–16 s to 11–12 s with byte-identical output and the same peak memory.
  build: { format: 'directory', concurrency: 4 },
  // Rebuilds copy the pages whose code, key and content are unchanged from the cache folder
  // (keys: src/lib/site/page-cache-key.ts). `astro build --force` renders everything.
  experimental: { incrementalBuild: true },
  // Every page gets a Content-Security-Policy: Astro hashes its own scripts and styles, src/lib/security/csp.ts adds the rest.
  security: {
    csp: {
      directives: csp.directives,
      scriptDirective: { resources: csp.scriptResources },
      styleDirective: { resources: csp.styleResources },
    },
  },
  markdown: {
    // Highlighting is ours (src/markdown/rehype-highlight-code.ts): classes, not the inline styles a CSP would block.
    syntaxHighlight: false,
    // GFM comes from our own remark-gfm (not the processor's built-in copy), so its options are ours.
    processor: unified({
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        // Components on consecutive lines (a row of <Card>s) stand on their own, not in a paragraph.
        remarkBlockComponents,
        // Writers' files: their syntax and what safe mode refuses, checked as they are parsed (src/markdown/content-guard.ts).
        guard.remarkContentGuard,
        // Links to other writers' files (../billing/refunds.mdx) become the addresses of their pages.
        [remarkFileLinks, { contentDir: contentDir() }],
        // GitHub's `> [!NOTE]` alerts become the Callout component; each file's snippets and videos go to its page.
        remarkAlerts,
        remarkComponentUsage,
        // FAQ pages: each `##` question grouped with its answer; community posts: their plain text for JSON-LD.
        // The words components add to that text (a callout's type) are in the content's language: a translation's own.
        [remarkFaq, { dir: withTranslations('faq'), snippetsDir: path.join(contentDir(), 'snippets'), locale: settings.locale, localeOf: contentLocaleOf }],
        [remarkPlainText, { dir: withTranslations('community'), snippetsDir: path.join(contentDir(), 'snippets'), locale: settings.locale, localeOf: contentLocaleOf }],
      ],
      // The sanitiser first, so that what later plugins add (highlighting, stacking tables, zoomable
      // figures, task-list labels, rel="noopener") is ours.
      rehypePlugins: [[rehypeSanitizeContent, pipeline], rehypeHighlightCode, [rehypeReadableContent, { locale: settings.locale, localeOf: contentLocaleOf }], rehypeExternalLinks],
    }),
  },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, and the bundler warns once per
        // file that it may not survive bundling: harmless, and at 2,000 articles it buries every real message.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    // Build outputs and generated corpora are not sources: the dev server must not watch them.
    server: { watch: { ignored: ['**/dist/**', '**/test/.output*/**', '**/bench/.output/**', '**/bench/.corpus/**'] } },
  },
  integrations: [
    settingsModule(settings, loadLocaleSettings(settings, contentDir())),
    contentImagesModule(contentDir()),
    checks.before,
    guard.integration,
    mdx(),
    noindex.integration,
    // Pages that ask not to be indexed, or whose canonical page is another, stay out; each lists its other languages.
    sitemap({ filter: (page) => !noindex.has(page), serialize: noindex.serialize }),
    searchIndex({ language: settings.locale, multilingual }),
    checks.after,
  ],
});
