import path from 'node:path';

/**
 * Where the writers' files live, relative to the project root. Tests and benchmarks point
 * HELP_CENTER_CONTENT at a fixture or a generated corpus; everyone else uses content/.
 */
export function contentDir(): string {
  return process.env.HELP_CENTER_CONTENT ?? 'content';
}

/** A path relative to the project root, with forward slashes, as error messages print it. */
export function projectRelative(absoluteOrRelative: string): string {
  return path.relative(process.cwd(), path.resolve(absoluteOrRelative)).split(path.sep).join('/');
}

/** Astro's cache folder for a content folder: the default one for content/, a separate one for any other. */
export function contentCacheDir(dir: string): string {
  // Builds running side by side (benchmarks, parallel test runs) each name their own cache.
  if (process.env.HELP_CENTER_CACHE_DIR) return process.env.HELP_CENTER_CACHE_DIR;
  const name = projectRelative(dir);
  return name === 'content' ? 'node_modules/.astro' : `node_modules/.astro-${name.replace(/[^a-z0-9]+/gi, '-')}`;
}
