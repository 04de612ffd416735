/**
 * Finds the site-internal links of a built HTML page and decides whether each one
 * reaches a file of the build. Pure: the caller supplies the list of built files.
 */

const LINK_ATTRIBUTE = /\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Root-relative targets of href/src attributes (external, mailto:, data: and fragment-only links excluded). */
export function internalTargets(html: string): string[] {
  return internalLinksOf(html, '/').filter((l) => l.written.startsWith('/')).map((l) => l.written);
}

export interface InternalLink {
  /** As the page's HTML writes it: "/articles/x/", "../refunds/", "#steps". */
  written: string;
  /** Resolved against the page, as a browser would: "/articles/refunds/#steps". */
  resolved: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The address a browser takes from an attribute (the URL standard's stripping of tabs, newlines and outer spaces). */
export function asBrowserReads(attribute: string): string {
  const decoded = attribute
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&Tab;/g, '\t').replace(/&NewLine;/g, '\n');
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * Every href/src of a page that stays on the site, relative ones included, each resolved
 * against the page's own path (external addresses, mailto:, tel: and data: are left out).
 */
export function internalLinksOf(html: string, pagePath: string): InternalLink[] {
  const found = new Map<string, InternalLink>();
  const base = new URL(pagePath, 'https://site.invalid');
  for (const m of html.matchAll(LINK_ATTRIBUTE)) {
    const written = (m[2] ?? m[3] ?? '').replaceAll('&amp;', '&');
    // As a browser reads it: character references decoded, tabs and newlines dropped, the ends
    // trimmed, so " java&#10;script:…" is the scheme it will act as, not a path on this site.
    const address = asBrowserReads(written);
    if (!address || address.startsWith('//') || SCHEME.test(address)) continue;
    let resolved: string;
    try {
      const url = new URL(address, base);
      resolved = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      resolved = address;
    }
    found.set(written, { written, resolved });
  }
  return [...found.values()];
}

/** The ids of a built page's elements: what a link's #fragment may name. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => (m[2] ?? m[3] ?? '').replaceAll('&amp;', '&')));
}

/** The fragment of a link, decoded, or undefined when it has none. */
export function fragmentOf(target: string): string | undefined {
  const hash = target.indexOf('#');
  if (hash === -1 || hash === target.length - 1) return undefined;
  try {
    return decodeURIComponent(target.slice(hash + 1));
  } catch {
    return target.slice(hash + 1);
  }
}

/** Whether a link's path cannot be decoded (a "%" not followed by two hex digits): no page can have it. */
export function isMalformed(target: string): boolean {
  try {
    decodeURI(target.split(/[?#]/)[0]!);
    return false;
  } catch {
    return true;
  }
}

/** The built file a URL path is served from, in a directory-format build; none for a malformed path. */
export function candidateFiles(target: string): string[] {
  if (isMalformed(target)) return [];
  const pathOnly = decodeURI(target.split(/[?#]/)[0]!);
  if (pathOnly.endsWith('/')) return [`${pathOnly}index.html`];
  return [pathOnly, `${pathOnly}/index.html`, `${pathOnly}.html`];
}

export function isReachable(target: string, builtFiles: ReadonlySet<string>): boolean {
  return candidateFiles(target).some((f) => builtFiles.has(f));
}

/** Line and column (1-based) of the first occurrence of a link target in a source file, if it is written there. */
export function positionOfTarget(source: string, target: string): { line: number; column: number } | undefined {
  const index = source.indexOf(target);
  if (index === -1) return undefined;
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Whether a built page asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}
