import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirectPage, prefixOf, readPage } from '../support/html';
import { outDir, type SiteName } from '../support/sites';

describe.each(['example', 'fixture'] as SiteName[])('the search index of the %s site', (site) => {
  const dist = outDir(site);
  const pages = builtPages(dist)
    .map((url) => ({ url, html: readPage(dist, url) }))
    .filter((p) => !isRedirectPage(p.html));
  const searchable = pages.filter((p) => p.html.querySelector('[data-pagefind-body]'));

  it('is written by the build itself, with one entry per searchable page', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const counted = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(searchable.length).toBeGreaterThan(5);
    expect(counted).toBe(searchable.length);
    expect(fs.existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('ships none of the ready-made Pagefind interfaces we do not use', () => {
    const files = fs.readdirSync(path.join(dist, 'pagefind'));
    expect(files.filter((f) => /-ui\.(js|css)$|highlight\.js$/.test(f))).toEqual([]);
  });

  it('gives every searchable page a title, a type and a breadcrumb in its search metadata', () => {
    for (const { url, html } of searchable) {
      const body = html.querySelector('[data-pagefind-body]')!;
      expect(body.getAttribute('data-pagefind-meta'), url).toContain('title[data-search-title]');
      expect(body.getAttribute('data-search-title')?.length, url).toBeGreaterThan(0);
      expect(['article', 'faq', 'question'], url).toContain(body.getAttribute('data-search-type'));
      expect(body.getAttribute('data-pagefind-filter'), url).toContain('type[data-search-type]');
    }
  });

  it('loads nothing from /pagefind/ in the HTML of any page', () => {
    for (const { url, html } of pages) {
      const refs = html.querySelectorAll('script[src], link[href]').map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
      expect(refs.filter((r) => r.includes('/pagefind/')), url).toEqual([]);
    }
  });

  it('puts a search box that submits to /search/?q= on every page: in the header, or the page\'s own on home, results and not found', () => {
    for (const { url, html } of pages) {
      const prefix = prefixOf(html);
      const own = url === `${prefix}/` || url.startsWith(`${prefix}/search/`) || url.startsWith('/404');
      expect(html.querySelectorAll('header form[role="search"]').length, url).toBe(own ? 0 : 1);
      const form = html.querySelector(own ? 'main form[role="search"]' : 'header form[role="search"]');
      expect(form?.getAttribute('action'), url).toBe(`${prefix}/search/`);
      expect(form?.getAttribute('method'), url).toBe('get');
      const input = form?.querySelector('input[name="q"]');
      expect(input, url).toBeTruthy();
      // The results page's own form searches on submit; every other box suggests as you type.
      if (url.startsWith(`${prefix}/search/`)) continue;
      expect(input?.getAttribute('role'), url).toBe('combobox');
      expect(form?.querySelector(`#${input?.getAttribute('aria-controls')}`)?.getAttribute('role'), url).toBe('listbox');
    }
  });
});

describe('article search attributes on the example site', () => {
  const dist = outDir('example');
  const article = builtPages(dist).find((u) => u.startsWith('/articles/') && !isRedirectPage(readPage(dist, u)) && readPage(dist, u).querySelector('.labels'))!;
  const html = readPage(dist, article);
  const body = html.querySelector('[data-pagefind-body]')!;

  it('takes the breadcrumb and category from the visible trail', () => {
    const trail = html.querySelectorAll('.breadcrumbs li').map((li) => li.textContent.trim()).slice(1);
    expect(body.getAttribute('data-search-breadcrumb')).toBe(trail.join(' › '));
    expect(body.getAttribute('data-search-category')).toBe(trail[0]);
  });

  it('files the visible labels as the label filter', () => {
    const labels = html.querySelectorAll('.labels a').map((a) => a.textContent.trim());
    const captured = (body.getAttribute('data-pagefind-filter') ?? '').split(', ').filter((c) => c.startsWith('label['))
      .map((c) => body.getAttribute(c.slice('label['.length, -1)));
    expect(captured).toEqual(labels);
  });
});

describe('the results page', () => {
  const html = readPage(outDir('example'), '/search/');

  it('explains without JavaScript what to do instead, and keeps a working form', () => {
    const notice = html.querySelector('noscript')!.innerHTML;
    expect(notice).toContain('Search needs JavaScript');
    expect(notice).toContain('href="/request/"');
    const form = html.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
  });

  it('is kept out of search engines and out of its own index', () => {
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('[data-pagefind-body]')).toBeNull();
  });
});
