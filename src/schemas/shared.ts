import { z } from 'astro/zod';
import { checkUrl, LINK_SCHEMES } from '../lib/security/safe-url';

/** Lower-case words joined by hyphens: the form every slug and reference takes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function SlugSchema() {
  return z
    .string()
    .regex(SLUG_PATTERN, 'use lower-case letters, digits and single hyphens, e.g. "billing-and-plans"');
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_MESSAGE = 'write a real calendar day as YYYY-MM-DD, e.g. 2026-03-14';

/** True for "2026-02-28", false for "2026-02-30" (which Date would silently roll into March). */
function isRealDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * A calendar day written as YYYY-MM-DD, kept as UTC midnight. Astro's YAML reader hands such a
 * value over as a Date already; our own pre-build check reads it as text, which lets it reject
 * a bare year (a number) or a day that does not exist instead of guessing.
 */
export function DateSchema() {
  return z.union(
    [
      z.date().refine((d) => !Number.isNaN(d.getTime()), DATE_MESSAGE),
      z.string().refine(isRealDay, DATE_MESSAGE).transform((s) => new Date(`${s}T00:00:00Z`)),
    ],
    { error: DATE_MESSAGE },
  );
}

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

/**
 * A path on this site, e.g. "/images/invoices.svg": one leading "/" (two would name another
 * host), no spaces or control characters, nothing a browser could read as a scheme.
 */
export function SitePathSchema(example: string) {
  return z
    .string()
    .refine((v) => v.startsWith('/') && !v.startsWith('//') && !v.includes('\\') && !CONTROL_OR_SPACE.test(v), {
      error: `give a path on this site starting with a single "/", e.g. ${example}`,
    });
}

/**
 * A link a setting puts on pages: a path on this site, or an address with one of `schemes`
 * (by default https, http, mailto and tel). javascript:, data: and every other scheme are refused.
 */
export function LinkSchema(example: string, schemes: readonly string[] = LINK_SCHEMES) {
  return z.string().min(1).superRefine((value, ctx) => {
    if (CONTROL_OR_SPACE.test(value.trim()) || value !== value.trim()) {
      ctx.addIssue({ code: 'custom', message: `remove the spaces or control characters from the address, e.g. ${example}` });
      return;
    }
    const verdict = checkUrl(value, schemes);
    if (verdict.safe) return;
    ctx.addIssue({
      code: 'custom',
      message: `${verdict.scheme}: addresses are not allowed here; use ${schemes.map((s) => (s === 'mailto' || s === 'tel' ? `${s}:` : `${s}://`)).join(', ')} or a path on this site, e.g. ${example}`,
    });
  });
}

/** An old URL path that redirects to an article: the characters a URL path may hold, no "//" or "..". */
export function RedirectPathSchema() {
  return z.string().regex(/^\/(?!\/)(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/, 'write the old path as it appeared in the address bar, starting with "/", e.g. "/articles/old-name/"')
    .refine((v) => !v.split('/').includes('..'), 'an old path cannot contain ".."');
}
