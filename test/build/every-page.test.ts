import { describe, expect, it } from 'vitest';
import { articlesOf } from '../support/content-files';
import { builtPages, isFallbackPage, isRedirectPage, jsonLdOf, prefixOf, readPage } from '../support/html';
import { outDir, SITES, type SiteName } from '../support/sites';

/** Promises every page of every site keeps, whatever its type. */
describe.each(['example', 'fixture'] as SiteName[])('every page of the %s site', (site) => {
  const dist = outDir(site);
  const pages = builtPages(dist)
    .map((url) => ({ url, html: readPage(dist, url) }))
    .filter((p) => !isRedirectPage(p.html));

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('offers a "Submit a request" link', () => {
    // Every language's pages lead to its own request form; the words are checked in English.
    const without = pages.filter((p) => !p.html.querySelectorAll('a').some((a) => a.getAttribute('href') === `${prefixOf(p.html)}/request/` && (prefixOf(p.html) !== '' || a.textContent.trim() === 'Submit a request')));
    expect(without.map((p) => p.url)).toEqual([]);
  });

  it('carries the contact launcher: a button that controls an existing panel', () => {
    for (const { url, html } of pages) {
      const launcher = html.querySelector('button[data-contact-launcher]');
      expect(launcher, url).not.toBeNull();
      expect(launcher!.getAttribute('aria-expanded'), url).toBe('false');
      const panel = html.getElementById(launcher!.getAttribute('aria-controls')!);
      expect(panel?.querySelector(`a[href="${prefixOf(html)}/request/"]`), url).toBeTruthy();
    }
  });

  it('starts with a skip link to the main content and has one h1', () => {
    for (const { url, html } of pages) {
      const first = html.querySelector('body a');
      expect(first?.getAttribute('href'), url).toBe('#main');
      expect(html.querySelector('main#main'), url).not.toBeNull();
      expect(html.querySelectorAll('h1').length, url).toBe(1);
    }
  });

  it('has a title, a description, a canonical URL and Open Graph tags', () => {
    for (const { url, html } of pages) {
      expect(html.querySelector('title')?.textContent, url).toBeTruthy();
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content'), url).toBeTruthy();
      const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, url).toMatch(/^https:\/\//);
      // A page that falls back to the original's text names the original as canonical (test/build/languages.test.ts).
      if (url !== '/404.html' && !isFallbackPage(html, url)) expect(new URL(canonical!).pathname, url).toBe(url);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image']) {
        expect(html.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), `${url} ${property}`).toBeTruthy();
      }
    }
  });

  it('marks every link that leaves the site rel="noopener"', () => {
    for (const { url, html } of pages) {
      for (const a of html.querySelectorAll('a[href^="http"]')) {
        expect(a.getAttribute('rel') ?? '', `${url} → ${a.getAttribute('href')}`).toContain('noopener');
      }
    }
  });

  it('has JSON-LD that parses', () => {
    for (const { url, html } of pages) expect(() => jsonLdOf(html), url).not.toThrow();
  });

  it('builds a page for every published article and none for drafts', () => {
    const built = new Set(builtPages(dist));
    const articles = articlesOf(SITES[site].content);
    const missing = articles.filter((a) => !a.draft && !built.has(`/articles/${a.slug}/`));
    const leaked = articles.filter((a) => a.draft && built.has(`/articles/${a.slug}/`));
    expect(missing.map((a) => a.file)).toEqual([]);
    expect(leaked.map((a) => a.file)).toEqual([]);
  });
});
