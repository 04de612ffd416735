import fs from 'node:fs';
import path from 'node:path';

/** The first built page of a kind (e.g. "articles") in a built site, skipping redirect pages. */
export function firstPageIn(dist: string, kind: string): string {
  const dir = path.join(dist, kind);
  const slug = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()
    .find((s) => !fs.readFileSync(path.join(dir, s, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
  return `/${kind}/${slug}/`;
}

/**
 * One built page of every type a site has: the knowledge base, the request, search and
 * not-found pages, and the FAQ and community pages when the site has them. Checks that
 * every page type must pass (axe, no early requests, no sideways scrolling, page weight)
 * loop over this; the benchmark weighs the same pages of its generated sites.
 */
export interface PageTypes extends Record<string, string> {
  home: string;
  category: string;
  section: string;
  article: string;
  label: string;
  request: string;
  'not found': string;
}

export function pageTypesIn(dist: string): PageTypes {
  const has = (dir: string) => fs.existsSync(path.join(dist, dir));
  const first = (kind: string) => firstPageIn(dist, kind);
  return {
    home: '/',
    category: first('categories'),
    section: first('sections'),
    article: first('articles'),
    label: first('labels'),
    request: '/request/',
    ...(has('search') ? { search: '/search/?q=invoice' } : {}),
    ...(has('faq') ? { 'FAQ index': '/faq/', 'FAQ page': first('faq') } : {}),
    ...(has('community')
      ? {
          'community home': '/community/',
          topic: first('community/topics'),
          question: first('community/questions'),
          tag: first('community/tags'),
        }
      : {}),
    'not found': '/no-such-page/',
  };
}
