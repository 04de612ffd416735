import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNoindex } from '../lib/checks/built-links';

/**
 * Finds the built pages that ask search engines not to index them (alternative list views,
 * redirects, drafts in previews), so that the sitemap can leave them out. Must run before the
 * sitemap integration, whose filter reads `has()` while it writes.
 */
export function noindexPages() {
  const paths = new Set<string>();
  const integration: AstroIntegration = {
    name: 'help-center:noindex-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          if (isNoindex(fs.readFileSync(path.join(root, file), 'utf8'))) {
            paths.add(`/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
          }
        }
      },
    },
  };
  return { integration, has: (url: string) => paths.has(new URL(url).pathname) };
}
