import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPage } from './browser';
import { outDir, type SiteName } from './sites';
import { serveDirectory, type StaticServer } from './static-server';

export interface Visitor {
  server: StaticServer;
  browser: Browser;
  /** Opens a path of the site in a fresh page; options set the viewport, colour scheme… */
  visit(urlPath: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Serves a built site on 127.0.0.1 and starts Chromium once for a test file. */
export function useBuiltSite(site: SiteName): Visitor {
  const visitor = {} as Visitor;
  beforeAll(async () => {
    visitor.server = await serveDirectory(outDir(site));
    visitor.browser = await launchBrowser();
    visitor.visit = async (urlPath, options) => {
      const page = await newPage(visitor.browser, options);
      await page.goto(visitor.server.origin + urlPath);
      return page;
    };
  });
  afterAll(async () => {
    await visitor.browser?.close();
    await visitor.server?.close();
  });
  return visitor;
}

/** The first built page of a kind (e.g. "articles"), skipping redirect pages. */
export function firstPageOf(site: SiteName, kind: string): string {
  const dir = path.join(outDir(site), kind);
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
 * every page type must pass (axe, no early requests, no sideways scrolling) loop over this.
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

export function pageTypesOf(site: SiteName): PageTypes {
  const has = (dir: string) => fs.existsSync(path.join(outDir(site), dir));
  return {
    home: '/',
    category: firstPageOf(site, 'categories'),
    section: firstPageOf(site, 'sections'),
    article: firstPageOf(site, 'articles'),
    label: firstPageOf(site, 'labels'),
    request: '/request/',
    ...(has('search') ? { search: '/search/?q=invoice' } : {}),
    ...(has('faq') ? { 'FAQ index': '/faq/', 'FAQ page': firstPageOf(site, 'faq') } : {}),
    ...(has('community')
      ? {
          'community home': '/community/',
          topic: firstPageOf(site, 'community/topics'),
          question: firstPageOf(site, 'community/questions'),
          tag: firstPageOf(site, 'community/tags'),
        }
      : {}),
    'not found': '/no-such-page/',
  };
}
