import type { SiteWords } from '../../../i18n';
import { WEEKDAYS, type Closure, type Weekday } from './schedule';
import { daysBetween, zonedParts } from './clock';
import { type Status } from './status';
import { firstOfRun, hhmm, type WeekRow } from './week';

/**
 * The words a visitor reads: day names, day ranges, hours, zone names and "Online now" / "Back at …".
 * Day, month and zone names come from the browser's calendar (Intl) in the language; the rest
 * from the contact messages, which a script is handed by its component (WEEK_MESSAGES, STATUS_MESSAGES).
 */

/** What a week's table says. */
export const WEEK_MESSAGES = ['contact.everyDay', 'contact.dayRange', 'contact.hoursRange', 'contact.hoursNextDay', 'contact.hoursLaterDay'] as const;
export type WeekWords = SiteWords<(typeof WEEK_MESSAGES)[number]>;

/** What a channel's status says. */
export const STATUS_MESSAGES = ['contact.onlineNow', 'contact.backAt', 'contact.backTomorrow', 'contact.backOnDay', 'contact.backOnDate', 'contact.statusWithLabel'] as const;
export type StatusWords = SiteWords<(typeof STATUS_MESSAGES)[number]>;

/** "Monday" for "mon" in the given language. */
export function weekdayName(day: Weekday, locale: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * "Monday–Thursday", "Saturday and Sunday", "Monday, Wednesday and Friday", "Every day".
 * Runs of three or more days become a range; a run may wrap past Sunday ("Friday–Monday").
 */
export function formatDays(days: readonly Weekday[], { locale, t }: WeekWords): string {
  if (days.length === 7) return t('contact.everyDay');
  const set = new Set(days);
  // Start the walk at the beginning of a run, so that a run never breaks at Sunday.
  const startAt = firstOfRun(days);
  const runs: Weekday[][] = [];
  for (let k = 0; k < 7; k++) {
    const d = WEEKDAYS[(startAt + k) % 7]!;
    if (!set.has(d)) continue;
    const run = runs.at(-1);
    const previous = WEEKDAYS[(startAt + k + 6) % 7]!;
    if (run && run.at(-1) === previous) run.push(d);
    else runs.push([d]);
  }
  const words = runs.flatMap((run) =>
    run.length >= 3 ? [t('contact.dayRange', { from: weekdayName(run[0]!, locale), to: weekdayName(run.at(-1)!, locale) })] : run.map((d) => weekdayName(d, locale)),
  );
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words);
}

/** "06:00–24:00" or "14:00–08:00 (next day)". */
export function formatHours(row: WeekRow, { t }: WeekWords): string {
  const hours = t('contact.hoursRange', { open: row.open, close: row.close });
  if (row.closeDayOffset === 1) return t('contact.hoursNextDay', { hours });
  return row.closeDayOffset > 1 ? t('contact.hoursLaterDay', { hours, count: row.closeDayOffset }) : hours;
}

/** "Pacific Time" for America/Los_Angeles; the zone's own name where the runtime has no better one. */
export function zoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  for (const style of ['longGeneric', 'long'] as const) {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (part && !/^GMT[+-]/.test(part)) return part;
  }
  return timeZone.replace(/_/g, ' ');
}

/** "1 January" style day in the visitor's zone. */
function dayAndMonth(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long' }).format(instant);
}

/**
 * What the launcher says, on the visitor's wall clock: "Online now", "Back at 06:00",
 * "Back tomorrow at 06:00", "Back Monday at 09:00", "Back on January 2 at 09:00";
 * undefined when the schedule has no upcoming hours at all.
 */
export function describeStatus(status: Status, now: Date, visitorZone: string, { locale, t }: StatusWords): string | undefined {
  if (status.open) return t('contact.onlineNow');
  if (!status.next) return undefined;
  const at = zonedParts(status.next, visitorZone);
  const today = zonedParts(now, visitorZone);
  const time = hhmm(at.hour * 60 + at.minute);
  const days = daysBetween(today, at);
  if (days === 0) return t('contact.backAt', { time });
  if (days === 1) return t('contact.backTomorrow', { time });
  if (days < 7) return t('contact.backOnDay', { day: weekdayName(WEEKDAYS[at.weekday]!, locale), time });
  return t('contact.backOnDate', { date: dayAndMonth(status.next, visitorZone, locale), time });
}

/** "May 25, 2026" or "December 24, 2026 – January 2, 2027" for a closure, in the given language. */
export function formatClosureDays(closure: Closure, locale: string): string {
  const format = (text: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${text}T12:00:00Z`));
  return closure.from === closure.to ? format(closure.from) : `${format(closure.from)} – ${format(closure.to)}`;
}
