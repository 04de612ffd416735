import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, excerptParts, safeExcerptHtml } from '../../src/lib/search/excerpt';

describe('excerptParts', () => {
  it('splits a Pagefind excerpt into plain and marked text, decoding entities', () => {
    expect(excerptParts('Send the <mark>invoice</mark> to &lt;client&gt; &amp; done')).toEqual([
      { text: 'Send the ', marked: false },
      { text: 'invoice', marked: true },
      { text: ' to <client> & done', marked: false },
    ]);
  });

  it('treats any tag other than <mark> as text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)> <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  it('merges neighbouring marked words', () => {
    expect(excerptParts('<mark>credit</mark><mark> note</mark>')).toEqual([{ text: 'credit note', marked: true }]);
  });
});

describe('safeExcerptHtml', () => {
  it('keeps only <mark> tags; everything else is escaped text', () => {
    const html = safeExcerptHtml('a <mark>&lt;script&gt;</mark> <b onclick="x">bold</b>');
    expect(html).toBe('a <mark>&#60;script&#62;</mark> &#60;b onclick=&#34;x&#34;&#62;bold&#60;/b&#62;');
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('is stable when applied to its own output', () => {
    const once = safeExcerptHtml('x &amp; <mark>y</mark> &lt;z&gt;');
    expect(safeExcerptHtml(once)).toBe(once);
  });
});

describe('decodeEntities and escapeHtml', () => {
  it('decode named and numeric entities and leave unknown ones alone', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#x27; &copy; &#0;')).toBe('"a" \'b\' &copy; &#0;');
  });

  it('escape the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
