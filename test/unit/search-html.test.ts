import { describe, expect, it } from 'vitest';
import { indexableHtml, pageUrlOf, searchableDocument } from '../../src/lib/search/indexable-html';

/** Text the way an indexer that only splits at whitespace would read it. */
const words = (html: string) => html.replace(/<[^>]+>/g, '').split(/\s+/).filter(Boolean);

describe('indexableHtml', () => {
  it('separates blocks that compressed HTML put side by side', () => {
    const html = '<table><caption>Hours</caption><thead><tr><th>Billing address in</th><th>Effect</th></tr></thead></table><dl><dt>Term</dt><dd>Meaning</dd></dl>';
    expect(words(html)).toContain('HoursBilling');
    expect(words(indexableHtml(html))).toEqual(['Hours', 'Billing', 'address', 'in', 'Effect', 'Term', 'Meaning']);
  });

  it('leaves inline elements and preformatted text alone', () => {
    const html = '<p><strong>Pay</strong><em>now</em></p><pre><code><div>a</div><div>b</div></code></pre>';
    expect(indexableHtml(html)).toBe('<p><strong>Pay</strong><em>now</em></p>\n<pre><code><div>a</div><div>b</div></code></pre>');
  });
});

describe('pageUrlOf', () => {
  it('gives the URL a built file is served at', () => {
    expect(pageUrlOf('articles/x/index.html')).toBe('/articles/x/');
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });
});

describe('searchableDocument', () => {
  it('keeps only the element with data-pagefind-body, nested elements of its kind included', () => {
    const html = '<html><head><script type="application/ld+json">{}</script></head><body><header>Nav</header>'
      + '<article class="q" data-pagefind-body data-pagefind-meta="title:x"><h1>Q</h1><article class="answer"><p>A</p></article><p>After</p></article>'
      + '<footer>Foot</footer></body></html>';
    expect(searchableDocument(html, 'de')).toBe('<!doctype html><html lang="de"><body><article class="q" data-pagefind-body data-pagefind-meta="title:x"><h1>Q</h1><article class="answer"><p>A</p></article><p>After</p></article></body></html>');
  });

  it('leaves a page without a searchable element as it is', () => {
    expect(searchableDocument('<html><body><p>x</p></body></html>', 'en')).toBe('<html><body><p>x</p></body></html>');
  });
});
