import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every built HTML page of a site, as URL paths ("/articles/x/"), sorted. */
export function builtPages(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Parses a built page by its URL path. */
export function readPage(dist: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(fs.readFileSync(path.join(dist, file), 'utf8'));
}

/** Redirect pages Astro writes for old paths (a meta refresh and nothing else). */
export function isRedirectPage(page: HTMLElement): boolean {
  return page.querySelector('meta[http-equiv="refresh"]') !== null;
}

/** The JSON-LD objects of a page, parsed. Throws if one is not valid JSON. */
export function jsonLdOf(page: HTMLElement): Record<string, unknown>[] {
  return page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}

/** The language prefix of a built page's address ("/de" for /de/articles/x/, "" for the default language), from its <html data-home>. */
export function prefixOf(page: HTMLElement): string {
  return (page.querySelector('html')?.getAttribute('data-home') ?? '/').replace(/\/$/, '');
}

/** Whether a page shows another page's text (a language's fallback to the original): its canonical address is that page. */
export function isFallbackPage(page: HTMLElement, url: string): boolean {
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return Boolean(canonical) && new URL(canonical!).pathname !== url && Boolean(page.querySelector('.language-notice'));
}
