import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, excerptParts, safeExcerptHtml, tidyExcerptParts } from '../../src/lib/search/excerpt';

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
    const html = safeExcerptHtml('A <mark>&lt;script&gt;x</mark> <b onclick="x">bold</b>.');
    expect(html).toBe('A &#60;<mark>script&#62;x</mark> &#60;b onclick=&#34;x&#34;&#62;bold&#60;/b&#62;.');
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('is stable when applied to its own output', () => {
    const once = safeExcerptHtml('x &amp; <mark>y</mark> &lt;z&gt;');
    expect(safeExcerptHtml(once)).toBe(once);
  });
});

describe('tidyExcerptParts', () => {
  const tidy = (html: string) => tidyExcerptParts(excerptParts(html)).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

  it('marks the words, not the punctuation around them', () => {
    expect(tidy('Send the <mark>invoice,</mark> then <mark>(refunds)</mark> follow.')).toBe('Send the [invoice], then ([refunds]) follow.');
  });

  it('starts at the last sentence that begins before the first marked word', () => {
    expect(tidy('an invoice from time. Turn time into an <mark>invoice</mark> today.')).toBe('Turn time into an [invoice] today.');
    expect(tidy('a course for free. Do I get a <mark>refund</mark>? Not to your card. When')).toBe('Do I get a [refund]? Not to your card. When …');
    expect(tidy('to the client. <mark>Refund</mark> an online payment.')).toBe('[Refund] an online payment.');
  });

  it('says where it starts or stops mid-sentence', () => {
    expect(tidy('every sent <mark>invoice</mark> with a balance due')).toBe('… every sent [invoice] with a balance due …');
  });

  it('drops the full stop Pagefind adds after a block that ends in a question mark already', () => {
    expect(tidy('Where did the time go?. Left my <mark>timer</mark> running.')).toBe('Left my [timer] running.');
    expect(tidy('Where did the <mark>time</mark> go?. Left it.')).toBe('Where did the [time] go? Left it.');
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
