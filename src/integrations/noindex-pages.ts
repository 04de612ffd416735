import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { isNoindex } from '../lib/checks/built-links';
import { alternateLinksOf, canonicalOf } from '../lib/i18n/head-links';

/**
 * Reads the built pages once for the sitemap: those that ask search engines not to index them
 * (alternative list views, redirects, drafts in previews) and those whose canonical address is
 * another page (a language's fallback to the default language's text) are left out, and each
 * page's language alternates (its hreflang links) are listed with it. Must run before the
 * sitemap integration, whose filter and serializer read what it found.
 */
export function noindexPages() {
  const paths = new Set<string>();
  const alternates = new Map<string, { lang: string; url: string }[]>();
  const integration: AstroIntegration = {
    name: 'help-center:noindex-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const html = fs.readFileSync(path.join(root, file), 'utf8');
          const own = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
          const canonical = canonicalOf(html);
          if (isNoindex(html) || (canonical && new URL(canonical).pathname !== own)) paths.add(own);
          const links = alternateLinksOf(html).filter((l) => l.lang !== 'x-default');
          if (links.length) alternates.set(own, links);
        }
      },
    },
  };
  return {
    integration,
    has: (url: string) => paths.has(new URL(url).pathname),
    /** The sitemap entry of a page with its other languages (`xhtml:link` alternates). */
    serialize: (item: SitemapItem): SitemapItem => {
      const links = alternates.get(new URL(item.url).pathname);
      return links ? { ...item, links } : item;
    },
  };
}
