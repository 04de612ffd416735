/**
 * Finds the site-internal links of a built HTML page and decides whether each one
 * reaches a file of the build. Pure: the caller supplies the list of built files.
 */

const LINK_ATTRIBUTE = /\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Root-relative targets of href/src attributes (external, mailto:, data: and fragment-only links excluded). */
export function internalTargets(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(LINK_ATTRIBUTE)) {
    const value = (m[2] ?? m[3] ?? '').replaceAll('&amp;', '&');
    if (!value.startsWith('/') || value.startsWith('//')) continue;
    found.add(value);
  }
  return [...found];
}

/** The built file a URL path is served from, in a directory-format build. */
export function candidateFiles(target: string): string[] {
  const pathOnly = decodeURI(target.split(/[?#]/)[0]!);
  if (pathOnly.endsWith('/')) return [`${pathOnly}index.html`];
  return [pathOnly, `${pathOnly}/index.html`, `${pathOnly}.html`];
}

export function isReachable(target: string, builtFiles: ReadonlySet<string>): boolean {
  return candidateFiles(target).some((f) => builtFiles.has(f));
}

/** 1-based line of the first occurrence of a link target in a source file, if it is written there. */
export function lineOfTarget(source: string, target: string): number | undefined {
  const index = source.indexOf(target);
  return index === -1 ? undefined : source.slice(0, index).split('\n').length;
}

/** Whether a built page asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}
