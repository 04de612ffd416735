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
    .readdirSync(dir)
    .sort()
    .find((s) => !fs.readFileSync(path.join(dir, s, 'index.html'), 'utf8').includes('http-equiv="refresh"'));
  return `/${kind}/${slug}/`;
}
