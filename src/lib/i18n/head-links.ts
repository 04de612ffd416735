/** What a built page's <head> says about its address and its languages, read back for the sitemap. */

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!]));

/** The page's canonical address, if it names one. */
export function canonicalOf(html: string): string | undefined {
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (a.rel === 'canonical') return a.href;
  }
  return undefined;
}

/** The page's `<link rel="alternate" hreflang>` links: the same page in each language. */
export function alternateLinksOf(html: string): { lang: string; url: string }[] {
  const links: { lang: string; url: string }[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (a.rel === 'alternate' && a.hreflang && a.href) links.push({ lang: a.hreflang, url: a.href });
  }
  return links;
}
