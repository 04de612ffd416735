import { z } from 'astro/zod';

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
