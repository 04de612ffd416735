import { z } from 'astro/zod';

/** A site-relative path ("/api/request") or a full http(s) address. */
export function UrlOrPathSchema(example: string) {
  return z.string().refine((v) => v.startsWith('/') ? !v.startsWith('//') : /^https?:\/\/[^/\s]+/.test(v), {
    error: `give a full address or a path on this site, e.g. ${example}`,
  });
}
