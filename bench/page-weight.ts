/**
 * What a visitor downloads for one page before interacting: the HTML, and the CSS and JavaScript
 * it links or loads as modules (followed through static imports), raw and gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypesIn } from '../test/support/page-types.ts';

export interface PageWeight {
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number; files: string[] };
  js: { raw: number; gzip: number; files: string[] };
}

const sizeOf = (text: string | Buffer) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

/**
 * Static imports of a built module (`import … from "./x.js"`, minified `import{a as b}from"./x.js"`,
 * and `import "./x.js"`), not dynamic import(): what the browser fetches before the script runs.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function pageWeight(dist: string, urlPath: string): PageWeight {
  const file = path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  const html = fs.readFileSync(file, 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const moduleScripts = [...html.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];

  const seen = new Set<string>();
  const queue = [...moduleScripts, ...inlineScripts.flatMap((m) => staticImports(m[1]!))];
  let js = inlineScripts.map((m) => m[1]!).join('');
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src) || !src.startsWith('/')) continue;
    seen.add(src);
    const code = fs.readFileSync(path.join(dist, src), 'utf8');
    js += code;
    queue.push(...staticImports(code).map((i) => (i.startsWith('.') ? path.posix.join(path.posix.dirname(src), i) : i)));
  }
  const css = stylesheets.map((href) => fs.readFileSync(path.join(dist, href), 'utf8')).join('') + inlineStyles;
  return {
    html: sizeOf(html),
    css: { ...sizeOf(css), files: stylesheets },
    js: { ...sizeOf(js), files: [...seen] },
  };
}

export interface PageTypeWeight extends PageWeight {
  type: string;
  url: string;
}

/** The weight of one page of every type the built site has (the home page, an article, an FAQ page…). */
export function pageWeights(dist: string): PageTypeWeight[] {
  // The not-found page is served from 404.html whatever the URL; the search page's query is the browser's business.
  return Object.entries({ ...pageTypesIn(dist), 'not found': '/404.html' })
    .map(([type, url]) => ({ type, url, ...pageWeight(dist, url.split('?')[0]!) }));
}

if (import.meta.main) {
  const [dist = 'dist', urlPath = '/'] = process.argv.slice(2);
  const w = pageWeight(dist, urlPath);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${urlPath}: HTML ${kb(w.html.gzip)} gzip (${kb(w.html.raw)}), CSS ${kb(w.css.gzip)} gzip (${kb(w.css.raw)}), JS ${kb(w.js.gzip)} gzip (${kb(w.js.raw)}, ${w.js.files.length} files)`);
}
