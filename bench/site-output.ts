/** What a build left in its output folder: pages, total size and the Pagefind bundle. */
import fs from 'node:fs';
import path from 'node:path';

export interface SiteOutput {
  /** HTML files written. */
  pages: number;
  distBytes: number;
  /** The Pagefind bundle (index, fragments, its JavaScript and WebAssembly). */
  pagefind: { files: number; bytes: number };
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => ({ file, stat: fs.statSync(path.join(dir, file)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ file: f.file, bytes: f.stat.size }));
}

const total = (files: readonly { bytes: number }[]) => files.reduce((sum, f) => sum + f.bytes, 0);

export function siteOutput(dist: string): SiteOutput {
  const files = filesUnder(dist);
  const bundle = filesUnder(path.join(dist, 'pagefind'));
  return {
    pages: files.filter((f) => f.file.endsWith('.html')).length,
    distBytes: total(files),
    pagefind: { files: bundle.length, bytes: total(bundle) },
  };
}
