/**
 * Cache keys for Astro's incremental build: a page is copied from the last build instead of
 * rendered when its route's code, its key and the content files it renders are all unchanged.
 * The key is a digest of what the page shows that code cannot see: its props (its page data and
 * the entry it renders) and the site's fingerprint (every file's frontmatter, which the header,
 * footer and lists read while rendering). So a change to one article's text re-renders that
 * article's page alone, and a change to any title, section or setting re-renders every page.
 */
import { createHash } from 'node:crypto';

/** A content-layer entry stands for itself by collection, id and digest (its file's hash): no need to walk its body. */
interface DigestedEntry {
  collection: string;
  id: string;
  digest: string;
}

const isDigestedEntry = (value: object): value is DigestedEntry =>
  typeof (value as DigestedEntry).collection === 'string' && typeof (value as DigestedEntry).id === 'string' && typeof (value as DigestedEntry).digest === 'string';

/**
 * Feeds a value to the hash in a form that does not depend on key order or object identity.
 * Functions are refused: what they would return cannot be seen, so a key built over one could
 * keep a page that should have changed.
 */
function feed(hash: ReturnType<typeof createHash>, value: unknown, seen: Set<object>, at: string): void {
  if (value === null || value === undefined) return void hash.update(value === null ? 'n;' : 'u;');
  switch (typeof value) {
    case 'string': return void hash.update(`s${value.length}:${value};`);
    case 'number': case 'boolean': case 'bigint': return void hash.update(`${(typeof value)[0]}${String(value)};`);
    case 'function': case 'symbol':
      throw new Error(`the page data at ${at} is a ${typeof value}: a cache key can only be made of data (move it out of the props, or pass what it returns)`);
  }
  const object = value as object;
  if (seen.has(object)) throw new Error(`the page data at ${at} refers to itself: a cache key needs a tree of data`);
  seen.add(object);
  if (object instanceof Date) hash.update(`d${object.toISOString()};`);
  else if (object instanceof URL) hash.update(`l${object.href};`);
  else if (isDigestedEntry(object)) hash.update(`e${object.collection}/${object.id}@${object.digest};`);
  else if (Array.isArray(object)) {
    hash.update(`a${object.length}[`);
    object.forEach((item, i) => feed(hash, item, seen, `${at}[${i}]`));
    hash.update(']');
  } else if (object instanceof Map) {
    hash.update(`m${object.size}{`);
    for (const [key, item] of object) {
      feed(hash, key, seen, `${at}.keys()`);
      feed(hash, item, seen, `${at}.get(${String(key)})`);
    }
    hash.update('}');
  } else if (object instanceof Set) {
    hash.update(`t${object.size}{`);
    for (const item of object) feed(hash, item, seen, `${at}.values()`);
    hash.update('}');
  } else {
    const keys = Object.keys(object).filter((k) => (object as Record<string, unknown>)[k] !== undefined).sort();
    hash.update(`o${keys.length}{`);
    for (const key of keys) {
      hash.update(`k${key.length}:${key};`);
      feed(hash, (object as Record<string, unknown>)[key], seen, `${at}.${key}`);
    }
    hash.update('}');
  }
  seen.delete(object);
}

/** A short, stable digest of data: equal data, equal digest, whatever the order of object keys. */
export function dataDigest(value: unknown, name = 'props'): string {
  const hash = createHash('sha256');
  feed(hash, value, new Set(), name);
  return hash.digest('base64url').slice(0, 32);
}

/** The frontmatter of every content file, by collection and id: what every page's header, footer and lists may read. */
export interface FingerprintedEntry {
  collection: string;
  id: string;
  data: unknown;
}

/**
 * The part of every page's key that the site as a whole decides: every file's frontmatter (not
 * its text), plus anything else the caller names (the day, which dates links and opening hours).
 */
export function siteFingerprint(entries: Iterable<FingerprintedEntry>, extra: Record<string, unknown> = {}): string {
  const byKey = [...entries].map((e) => [`${e.collection}/${e.id}`, e.data] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return dataDigest({ entries: byKey, extra }, 'site');
}

/** The key of one page: the site's fingerprint and the page's own props. */
export function pageCacheKey(fingerprint: string, props: unknown): string {
  return `${fingerprint}.${dataDigest(props)}`;
}
