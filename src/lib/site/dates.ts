/**
 * Dates in content are calendar days without a time. They are parsed as UTC midnight,
 * so every formatting here pins the time zone to UTC: otherwise a reader west of
 * Greenwich would see the day before.
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Making a formatter costs far more than using one, and list pages format hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar day as the page's language writes it: "March 1, 2026", "1. März 2026", "1 مارس 2026". */
export function formatDate(date: Date, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return formatter.format(date);
}

/** The later of created and updated: the date a reader cares about. */
export function lastChanged(created: Date, updated?: Date): Date {
  return updated && updated > created ? updated : created;
}
