import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPage } from './browser';
import { firstPageIn, pageTypesIn, type PageTypes } from './page-types';
import { outDir, type SiteName } from './sites';
import { serveDirectory, type StaticServer } from './static-server';

export interface Visitor {
  server: StaticServer;
  browser: Browser;
  /** Opens a path of the site in a fresh page; options set the viewport, colour scheme… */
  visit(urlPath: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Serves a built site on 127.0.0.1 and starts Chromium once for a test file. Each of
 * `standInHosts` reaches the same server under its own origin (see launchBrowser), for the
 * stand-ins a site's settings name on another origin than the page's.
 */
export function useBuiltSite(site: SiteName, options: { standInHosts?: readonly string[] } = {}): Visitor {
  const visitor = {} as Visitor;
  beforeAll(async () => {
    visitor.server = await serveDirectory(outDir(site));
    const address = new URL(visitor.server.origin).host;
    visitor.browser = await launchBrowser({ hosts: Object.fromEntries((options.standInHosts ?? []).map((host) => [host, address])) });
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

/** The first built page of a kind (e.g. "articles") of a test site, skipping redirect pages. */
export function firstPageOf(site: SiteName, kind: string): string {
  return firstPageIn(outDir(site), kind);
}

/** One built page of every type a test site has (see pageTypesIn). */
export function pageTypesOf(site: SiteName): PageTypes {
  return pageTypesIn(outDir(site));
}
