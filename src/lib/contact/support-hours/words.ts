import { WEEKDAYS, type Closure, type Weekday } from './schedule';
import { daysBetween, zonedParts } from './clock';
import { type Status } from './status';
import { firstOfRun, hhmm, type WeekRow } from './week';

/** The words a visitor reads: day names, day ranges, hours, zone names and "Online now" / "Back at …". */

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
export function formatDays(days: readonly Weekday[], locale: string): string {
  if (days.length === 7) return 'Every day';
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
    run.length >= 3 ? [`${weekdayName(run[0]!, locale)}–${weekdayName(run.at(-1)!, locale)}`] : run.map((d) => weekdayName(d, locale)),
  );
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words);
}

/** "06:00–24:00" or "14:00–08:00 (next day)". */
export function formatHours(row: WeekRow): string {
  const suffix = row.closeDayOffset === 1 ? ' (next day)' : row.closeDayOffset > 1 ? ` (+${row.closeDayOffset} days)` : '';
  return `${row.open}–${row.close}${suffix}`;
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
export function describeStatus(status: Status, now: Date, visitorZone: string, locale: string): string | undefined {
  if (status.open) return 'Online now';
  if (!status.next) return undefined;
  const at = zonedParts(status.next, visitorZone);
  const today = zonedParts(now, visitorZone);
  const time = hhmm(at.hour * 60 + at.minute);
  const days = daysBetween(today, at);
  if (days === 0) return `Back at ${time}`;
  if (days === 1) return `Back tomorrow at ${time}`;
  if (days < 7) return `Back ${weekdayName(WEEKDAYS[at.weekday]!, locale)} at ${time}`;
  return `Back on ${dayAndMonth(status.next, visitorZone, locale)} at ${time}`;
}

/** "May 25, 2026" or "December 24, 2026 – January 2, 2027" for a closure, in the given language. */
export function formatClosureDays(closure: Closure, locale: string): string {
  const format = (text: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${text}T12:00:00Z`));
  return closure.from === closure.to ? format(closure.from) : `${format(closure.from)} – ${format(closure.to)}`;
}
