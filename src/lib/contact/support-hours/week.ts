import { MINUTES_PER_DAY, WEEKDAYS, type HoursRule, type Schedule, type Weekday } from './schedule';
import { addDays, daysBetween, weekdayOf, zonedParts, zonedTimeToInstant } from './clock';

/** Showing the week: the team's rows as written, and the same hours on the visitor's clock. */

/** One row of a weekly table: these days, these hours, in one zone. */
export interface WeekRow {
  days: Weekday[];
  /** "HH:MM". */
  open: string;
  /** "HH:MM"; "24:00" for midnight at the end of the day. */
  close: string;
  /** 1 when the hours end on the next day ("14:00–08:00 (next day)"). */
  closeDayOffset: number;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Joins entries with identical hours into rows, in week order starting on Monday. */
function group(entries: { weekday: number; open: string; close: string; closeDayOffset: number }[]): WeekRow[] {
  const rows = new Map<string, WeekRow>();
  for (const e of [...entries].sort((a, b) => a.weekday - b.weekday)) {
    const key = `${e.open}|${e.close}|${e.closeDayOffset}`;
    const row = rows.get(key) ?? { days: [], open: e.open, close: e.close, closeDayOffset: e.closeDayOffset };
    if (!row.days.includes(WEEKDAYS[e.weekday]!)) row.days.push(WEEKDAYS[e.weekday]!);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => firstOfRun(a.days) - firstOfRun(b.days));
}

/** Where a set of days starts when read as runs: Sunday for Sunday and Monday, so that row comes last. */
export function firstOfRun(days: readonly Weekday[]): number {
  const i = WEEKDAYS.findIndex((d, k) => days.includes(d) && !days.includes(WEEKDAYS[(k + 6) % 7]!));
  return i < 0 ? 0 : i;
}

/** The week as written, in the team's own zone. */
export function teamWeek(rules: readonly HoursRule[]): WeekRow[] {
  return group(
    rules.flatMap((r) =>
      r.days.map((d) => ({
        weekday: WEEKDAYS.indexOf(d),
        open: hhmm(r.open),
        close: hhmm(r.close > MINUTES_PER_DAY ? r.close - MINUTES_PER_DAY : r.close),
        closeDayOffset: r.close > MINUTES_PER_DAY ? 1 : 0,
      })),
    ),
  );
}

/**
 * The same hours on a wall clock in `visitorZone`, for the seven days starting on `now`'s day in
 * the team's zone. The real dates matter: the gap between two zones changes with daylight saving,
 * so Monday–Thursday 06:00–24:00 Pacific is 14:00–08:00 (next day) UTC in winter and 13:00–07:00
 * in summer, and a week that crosses a change gets a row of its own for the days after it.
 * A day can move too: 20:00 Pacific on Monday is Tuesday in Tokyo.
 */
export function visitorWeek(schedule: Pick<Schedule, 'timeZone' | 'rules'>, visitorZone: string, now: Date): WeekRow[] {
  const today = zonedParts(now, schedule.timeZone);
  const entries = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(today, i);
    const weekday = WEEKDAYS[weekdayOf(day)]!;
    for (const rule of schedule.rules.filter((r) => r.days.includes(weekday))) {
      const start = zonedParts(zonedTimeToInstant(day, rule.open, schedule.timeZone), visitorZone);
      const end = zonedParts(zonedTimeToInstant(day, rule.close, schedule.timeZone), visitorZone);
      let offset = daysBetween(start, end);
      let close = hhmm(end.hour * 60 + end.minute);
      // Midnight that ends a day reads as 24:00 of that day, not 00:00 of the next.
      if (close === '00:00' && offset > 0) {
        close = '24:00';
        offset -= 1;
      }
      entries.push({ weekday: start.weekday, open: hhmm(start.hour * 60 + start.minute), close, closeDayOffset: offset });
    }
  }
  return group(entries);
}
