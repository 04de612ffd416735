import { DAY_MS, WEEKDAYS, type Closure, type Schedule } from './schedule';
import { addDays, dayOf, daysBetween, weekdayOf, zonedParts, zonedTimeToInstant } from './clock';

/** Open or closed: the intervals a schedule is open, the status at an instant, and the closures still to come. */

export interface Interval {
  start: Date;
  end: Date;
}

/** Removes the parts of `intervals` that fall inside `holes`; both sorted or not. */
function subtract(intervals: Interval[], holes: Interval[]): Interval[] {
  let result = intervals;
  for (const hole of holes) {
    result = result.flatMap((i) => {
      if (hole.end <= i.start || hole.start >= i.end) return [i];
      const pieces: Interval[] = [];
      if (hole.start > i.start) pieces.push({ start: i.start, end: hole.start });
      if (hole.end < i.end) pieces.push({ start: hole.end, end: i.end });
      return pieces;
    });
  }
  return result;
}

/** Sorts and joins intervals that overlap or touch: Monday until 24:00 and Tuesday from 00:00 are one stretch. */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged.at(-1);
    if (last && i.start <= last.end) {
      if (i.end > last.end) last.end = i.end;
    } else {
      merged.push({ start: i.start, end: i.end });
    }
  }
  return merged;
}

/** Every stretch of time the channel is staffed between two instants, closures removed. */
export function openIntervals(schedule: Schedule, from: Date, to: Date): Interval[] {
  const { timeZone } = schedule;
  const first = addDays(zonedParts(from, timeZone), -2);
  const last = zonedParts(to, timeZone);
  const spans: Interval[] = [];
  for (let day = first; daysBetween(day, last) >= 0; day = addDays(day, 1)) {
    const weekday = WEEKDAYS[weekdayOf(day)]!;
    for (const rule of schedule.rules.filter((r) => r.days.includes(weekday))) {
      spans.push({ start: zonedTimeToInstant(day, rule.open, timeZone), end: zonedTimeToInstant(day, rule.close, timeZone) });
    }
  }
  const holes = schedule.closures.map((c) => ({
    start: zonedTimeToInstant(dayOf(c.from), 0, timeZone),
    end: zonedTimeToInstant(addDays(dayOf(c.to), 1), 0, timeZone),
  }));
  return merge(subtract(spans, holes)).filter((i) => i.end > from && i.start < to);
}

export type Status =
  /** Staffed now, until `until` (undefined when no end is in sight within the horizon). */
  | { open: true; until?: Date }
  /** Closed now; back at `next` (undefined when the schedule has no hours within the horizon). */
  | { open: false; next?: Date };

/** How far ahead "back at" looks: long enough for any holiday season. */
const HORIZON_DAYS = 60;

export function statusAt(schedule: Schedule, now: Date): Status {
  const horizon = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const intervals = openIntervals(schedule, now, horizon);
  const current = intervals.find((i) => i.start <= now && now < i.end);
  if (current) return { open: true, until: current.end < horizon ? current.end : undefined };
  return { open: false, next: intervals.find((i) => i.start > now)?.start };
}

/** Closures that end today or later (in the team's zone), soonest first. */
export function upcomingClosures(schedule: Schedule, now: Date): Closure[] {
  const today = zonedParts(now, schedule.timeZone);
  return schedule.closures
    .filter((c) => daysBetween(today, dayOf(c.to)) >= 0)
    .sort((a, b) => a.from.localeCompare(b.from));
}
