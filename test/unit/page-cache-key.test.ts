import { describe, expect, it } from 'vitest';
import { dataDigest, pageCacheKey, siteFingerprint } from '../../src/lib/site/page-cache-key';

describe('dataDigest', () => {
  it('is the same for the same data, whatever the order of object keys', () => {
    expect(dataDigest({ a: 1, b: [1, 2], c: { d: 'x' } })).toBe(dataDigest({ c: { d: 'x' }, b: [1, 2], a: 1 }));
  });

  it('changes with any value, with order in lists and with types', () => {
    const base = dataDigest({ title: 'Refunds', items: ['a', 'b'] });
    expect(dataDigest({ title: 'Refund', items: ['a', 'b'] })).not.toBe(base);
    expect(dataDigest({ title: 'Refunds', items: ['b', 'a'] })).not.toBe(base);
    expect(dataDigest({ n: 1 })).not.toBe(dataDigest({ n: '1' }));
    // Strings are length-prefixed, so no two lists run together into the same text.
    expect(dataDigest(['ab', 'c'])).not.toBe(dataDigest(['a', 'bc']));
  });

  it('reads dates, maps, sets and addresses by their value', () => {
    expect(dataDigest({ at: new Date('2026-01-02T00:00:00Z') })).toBe(dataDigest({ at: new Date('2026-01-02T00:00:00Z') }));
    expect(dataDigest({ at: new Date('2026-01-02T00:00:00Z') })).not.toBe(dataDigest({ at: new Date('2026-01-03T00:00:00Z') }));
    expect(dataDigest(new Map([['a', 1]]))).not.toBe(dataDigest(new Map([['a', 2]])));
    expect(dataDigest(new Set(['a']))).not.toBe(dataDigest(new Set(['b'])));
    expect(dataDigest(new URL('https://a.example/x'))).not.toBe(dataDigest(new URL('https://a.example/y')));
  });

  it('takes a content entry by its digest, so its body is not walked but its change is seen', () => {
    const entry = (digest: string, body: string) => ({ collection: 'articles', id: 'refunds', digest, body, data: { title: 'Refunds' } });
    expect(dataDigest({ entry: entry('d1', 'one text') })).toBe(dataDigest({ entry: entry('d1', 'another text') }));
    expect(dataDigest({ entry: entry('d1', 'x') })).not.toBe(dataDigest({ entry: entry('d2', 'x') }));
  });

  it('refuses functions and data that refers to itself, naming where', () => {
    expect(() => dataDigest({ page: { format: () => 'x' } })).toThrow(/props\.page\.format is a function/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => dataDigest({ loop })).toThrow(/props\.loop\.self refers to itself/);
    // The same object twice is not a loop.
    const shared = { a: 1 };
    expect(() => dataDigest([shared, shared])).not.toThrow();
  });
});

describe('siteFingerprint and pageCacheKey', () => {
  const files = [
    { collection: 'sections', id: 'start', data: { title: 'Start here' } },
    { collection: 'articles', id: 'refunds', data: { title: 'Refunds' } },
  ];

  it('does not depend on the order the files were read in', () => {
    expect(siteFingerprint(files)).toBe(siteFingerprint([...files].reverse()));
  });

  it('changes when any frontmatter or extra value changes', () => {
    const base = siteFingerprint(files, { day: '2026-12-01' });
    expect(siteFingerprint([files[0]!, { ...files[1]!, data: { title: 'Refund policy' } }], { day: '2026-12-01' })).not.toBe(base);
    expect(siteFingerprint(files, { day: '2026-12-02' })).not.toBe(base);
  });

  it('gives each page its own key within one fingerprint', () => {
    const site = siteFingerprint(files);
    expect(pageCacheKey(site, { slug: 'a' })).not.toBe(pageCacheKey(site, { slug: 'b' }));
    expect(pageCacheKey(site, { slug: 'a' })).toBe(pageCacheKey(site, { slug: 'a' }));
    expect(pageCacheKey(siteFingerprint([files[0]!]), { slug: 'a' })).not.toBe(pageCacheKey(site, { slug: 'a' }));
  });
});
