import type { APIRoute } from 'astro';
import settings from 'virtual:help-center/settings';
import { absoluteUrl } from '../lib/site/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', settings.baseUrl)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
