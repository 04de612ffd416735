import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesOf } from '../support/content-files';
import { jsonLdOf, readPage } from '../support/html';
import { outDir } from '../support/sites';

/** The fixture site's pages, checked against what its content files say. */
const dist = outDir('fixture');
const page = (url: string) => readPage(dist, url);
const texts = (url: string, selector: string) => page(url).querySelectorAll(selector).map((e) => e.textContent.trim());

describe('an article page', () => {
  const url = '/articles/hostile-title/';
  const html = page(url);
  const source = articlesOf('test/fixtures/site').find((a) => a.slug === 'hostile-title')!;

  it('shows breadcrumbs that match its BreadcrumbList JSON-LD', () => {
    const visible = html.querySelectorAll('nav.breadcrumbs a').map((a) => ({ name: a.textContent.trim(), path: a.getAttribute('href') }));
    expect(visible).toEqual([
      { name: 'Home', path: '/' },
      { name: 'Basics', path: '/categories/basics/' },
      { name: 'Start here', path: '/sections/start/' },
    ]);
    const list = jsonLdOf(html).find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(list.itemListElement.map((i) => ({ name: i.name, path: new URL(i.item).pathname }))).toEqual(visible);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
  });

  it('gives created and updated dates as <time datetime>', () => {
    const times = html.querySelectorAll('.dateline time').map((t) => t.getAttribute('datetime'));
    expect(times).toEqual([source.created.toISOString().slice(0, 10), source.updated!.toISOString().slice(0, 10)]);
    expect(html.querySelector('.dateline')!.textContent).toMatch(/Created .*2026.* · Updated .*2026/);
  });

  it('describes itself as a TechArticle whose hostile title cannot close the script element', () => {
    const raw = html.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
    for (const text of raw) expect(text).not.toMatch(/<\/script|<script|<b>/i);
    const article = jsonLdOf(html).find((d) => d['@type'] === 'TechArticle')!;
    expect(article.headline).toBe(source.title);
    expect(article.datePublished).toBe('2026-01-15');
    expect(article.dateModified).toBe('2026-03-01');
    expect(article.author).toEqual({ '@type': 'Person', name: 'Robin Tester' });
    // No script element carries the injected code, and the heading shows it as text.
    expect(html.querySelectorAll('script').some((s) => s.textContent.includes('alert(1)') && s.getAttribute('type') !== 'application/ld+json')).toBe(false);
    expect(html.querySelector('h1')!.textContent).toBe(source.title);
  });

  it('renders GitHub-flavoured Markdown through remark-gfm', () => {
    const body = html.querySelector('.prose')!;
    expect(body.querySelector('table th')?.textContent).toBe('Feature');
    expect(body.querySelectorAll('input[type="checkbox"]').length).toBe(2);
    expect(body.querySelector('input[type="checkbox"][checked]')).not.toBeNull();
    expect(body.querySelector('del')?.textContent).toBe('Struck through');
    expect(body.querySelector('a[href="https://example.com/bare-autolink"]')).not.toBeNull();
    expect(body.querySelector('section[data-footnotes] li')?.textContent).toContain('The footnote text.');
    expect(body.querySelector('sup a[data-footnote-ref]')).not.toBeNull();
  });

  it('gives external links in the body rel="noopener" through our rehype plugin', () => {
    expect(html.querySelector('.prose a[href="https://example.org/docs"]')?.getAttribute('rel')).toContain('noopener');
    expect(html.querySelector('.prose a[href="/articles/table-of-contents/"]')?.getAttribute('rel')).toBeUndefined();
  });

  it('offers related articles by shared labels, the section list, labels and help', () => {
    expect(texts(url, '[aria-labelledby="related-title"] li a')).toEqual(
      expect.arrayContaining(['An article in a subsection', 'A long article with a table of contents']),
    );
    expect(html.querySelector('aside[aria-labelledby="section-nav-title"] .section-nav a[aria-current="page"]')?.getAttribute('href')).toBe(url);
    expect(html.querySelectorAll('.labels a').map((a) => a.getAttribute('href'))).toEqual(['/labels/security/', '/labels/markdown/']);
    expect(html.querySelector('.request-callout')?.textContent).toContain('Have more questions?');
    expect(html.querySelector('a[href="#top"]')?.textContent).toBe('Back to top');
    expect(html.querySelector('#top')).not.toBeNull();
  });

  it('links to its file in the repository for editing', () => {
    const edit = html.querySelectorAll('a').find((a) => a.textContent.trim() === 'Edit this page');
    expect(edit?.getAttribute('href')).toBe('https://git.example/fixture/edit/main/test/fixtures/site/articles/hostile-title.mdx');
  });
});

describe('a table of contents', () => {
  it('appears on an article with four or more h2/h3 headings, nested', () => {
    const toc = page('/articles/table-of-contents/').querySelector('nav.toc')!;
    expect(toc.querySelector('#toc-heading')?.textContent).toBe('On this page');
    expect(toc.querySelectorAll('details > ol > li > a').map((a) => a.textContent)).toEqual(['First heading', 'Second heading', 'Third heading', 'Fourth heading']);
    expect(toc.querySelector('ol ol a')?.getAttribute('href')).toBe('#a-subheading');
  });

  it('is left out of short articles', () => {
    expect(page('/articles/advanced-topic/').querySelector('nav.toc')).toBeNull();
  });
});

describe('a long section', () => {
  it('is paginated past the page size, with previous/next links', () => {
    expect(page('/sections/many/').querySelectorAll('main .article-links li').length).toBe(20);
    expect(page('/sections/many/page/2/').querySelectorAll('main .article-links li').length).toBe(3);
    expect(page('/sections/many/').querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/sections/many/page/2/');
    expect(page('/sections/many/page/2/').querySelector('.pagination a[aria-current="page"]')?.textContent).toBe('2');
  });

  it('is previewed on its category page with "See all N articles"', () => {
    const category = page('/categories/edge-cases/');
    expect(category.querySelectorAll('.section-block .article-links li').length).toBe(6);
    expect(category.querySelector('.see-all')?.textContent).toContain('See all 23 articles');
  });

  it('shows "Articles in this section" around the current one with "See all N articles"', () => {
    const html = page('/articles/item-15/');
    const listed = html.querySelectorAll('.section-nav li a');
    expect(listed.length).toBe(15);
    expect(listed.at(-1)?.getAttribute('aria-current')).toBe('page');
    const more = html.querySelector('.article-sidebar .see-all');
    expect([more?.getAttribute('href'), more?.textContent]).toEqual(['/sections/many/', 'See all 23 articles']);
  });

  it('links each article to its neighbours in section order', () => {
    const html = page('/articles/item-02/');
    expect(html.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href')).toBe('/articles/item-01/');
    expect(html.querySelector('.prev-next a[rel="next"]')?.getAttribute('href')).toBe('/articles/item-03/');
  });
});

describe('sections and categories', () => {
  it('a subsection has the full trail and is listed in its parent', () => {
    expect(texts('/sections/advanced/', 'nav.breadcrumbs a')).toEqual(['Home', 'Basics', 'Start here']);
    expect(texts('/sections/start/', '[aria-labelledby="subsections-title"] h3 a')).toEqual(['Advanced start']);
    expect(texts('/articles/advanced-topic/', 'nav.breadcrumbs a')).toEqual(['Home', 'Basics', 'Start here', 'Advanced start']);
  });

  it('the home page lists categories in order with their counts', () => {
    const cards = page('/').querySelectorAll('.card-grid .card');
    expect(cards.map((c) => c.querySelector('h3')!.textContent.trim())).toEqual(['Basics', 'Edge cases']);
    expect(cards[0]!.textContent).toContain('1 section');
    expect(cards[1]!.textContent).toContain('23 articles');
  });
});

describe('what search engines and old links get', () => {
  it('an old path from redirectFrom redirects to the article', () => {
    const redirect = page('/articles/old-long-article/');
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toContain('/articles/table-of-contents/');
  });

  it('the sitemap lists articles but not drafts, and robots.txt points at it', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://fixture.example/articles/hostile-title/');
    expect(sitemap).not.toContain('/articles/unfinished/');
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://fixture.example/sitemap-index.xml');
  });

  it('the 404 page offers a way back and is kept out of search engines', () => {
    const html = page('/404.html');
    expect(html.querySelector('main a[href="/"]')).not.toBeNull();
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('the request page', () => {
  it('is a form that composes an email to the support address with every field', () => {
    const form = page('/request/').querySelector('form[data-request-form]')!;
    expect(form.getAttribute('action')).toBe('mailto:help@fixture.example');
    // "website" is the spam trap, hidden from people (see test/build/contact-pages.test.ts).
    expect(form.querySelectorAll('[name]').map((f) => f.getAttribute('name'))).toEqual(['name', 'email', 'type', 'subject', 'description', 'website']);
    for (const field of form.querySelectorAll('input, select, textarea')) {
      expect(form.querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull();
    }
  });
});

describe('the sitemap', () => {
  it('leaves out pages that ask not to be indexed, such as redirects', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(page('/articles/old-long-article/').querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(sitemap).not.toContain('/articles/old-long-article/');
    expect(sitemap).toContain('/articles/table-of-contents/');
  });
});
