/**
 * Support hours: a weekly schedule written in the team's IANA time zone, closures (holidays),
 * "open now", the next opening, and the same week shown in the visitor's zone.
 *
 * Pure and shared by the build (the schedule in the team's zone, JSON-LD) and the browser
 * (status and conversion, which depend on the visitor's clock and zone). Every wall-clock
 * reading goes through Intl.DateTimeFormat with hourCycle 'h23': `hour12: false` can print
 * midnight as "24", which would put an instant on the wrong day.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const MINUTES_PER_DAY = 24 * 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One line of a weekly schedule: on these days, from `open` to `close`, in minutes after the day's midnight. */
export interface HoursRule {
  days: Weekday[];
  open: number;
  /** Up to 1440 (24:00) on the same day; above 1440 when the hours run past midnight into the next day. */
  close: number;
}

/** Whole calendar days (in the team's zone) when a channel is closed, whatever its weekly hours say. */
export interface Closure {
  /** First closed day, YYYY-MM-DD. */
  from: string;
  /** Last closed day, YYYY-MM-DD (the same as `from` for a single day). */
  to: string;
  /** What the day is, for lists of closures; the browser's status does without it. */
  name?: string;
}

export interface Schedule {
  timeZone: string;
  rules: HoursRule[];
  closures: Closure[];
}

// ---------------------------------------------------------------------------------------------
// Reading what writers write in settings.yaml

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** "06:00" → 360; "24:00" → 1440. Undefined for anything else (e.g. "6am", "25:00", "24:30"). */
export function parseTime(text: string): number | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > MINUTES_PER_DAY ? undefined : minutes;
}

/**
 * "06:00-24:00" (a hyphen or an en dash) → { open: 360, close: 1440 }. A closing time at or before
 * the opening time means the hours run past midnight: "22:00-02:00" closes at 02:00 the next day.
 */
export function parseHoursRange(text: string): { open: number; close: number } | string {
  const parts = text.split(/\s*[-–]\s*/);
  const open = parts.length === 2 ? parseTime(parts[0]!) : undefined;
  const close = parts.length === 2 ? parseTime(parts[1]!) : undefined;
  if (open === undefined || close === undefined) return 'write hours as HH:MM-HH:MM in 24-hour time, e.g. "06:00-24:00" or "22:00-02:00"';
  if (open === MINUTES_PER_DAY) return 'a day cannot open at 24:00: write 00:00 on the next day instead';
  return { open, close: close > open ? close : close + MINUTES_PER_DAY };
}

/** "mon", "monday" or "Mon" (any case); not "mo" or "mondays". */
function isDayName(word: string): boolean {
  const i = WEEKDAYS.indexOf(word.slice(0, 3) as Weekday);
  if (i < 0) return false;
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][i]!;
  return word === WEEKDAYS[i] || word === full;
}

/** "mon-thu", "sat, sun", "mon-fri, sun" or a list of those → the weekdays in week order; a message when a name is unknown. */
export function parseDays(input: string | readonly string[]): Weekday[] | string {
  const parts = (typeof input === 'string' ? [input] : input).flatMap((p) => p.split(',')).map((p) => p.trim().toLowerCase());
  const days = new Set<Weekday>();
  for (const part of parts) {
    const ends = part.split(/\s*[-–]\s*/);
    const unknown = ends.find((e) => !isDayName(e));
    if (unknown !== undefined || ends.length > 2) {
      return `"${unknown ?? part}" is not a day: use mon, tue, wed, thu, fri, sat, sun, or a range such as mon-fri`;
    }
    const a = WEEKDAYS.indexOf(ends[0]!.slice(0, 3) as Weekday);
    const b = WEEKDAYS.indexOf(ends.at(-1)!.slice(0, 3) as Weekday);
    // A range may wrap around the week: "fri-mon" is Friday, Saturday, Sunday and Monday.
    for (let i = a; ; i = (i + 1) % 7) {
      days.add(WEEKDAYS[i]!);
      if (i === b) break;
    }
  }
  return WEEKDAYS.filter((d) => days.has(d));
}

/** True for a time zone name the runtime knows, such as "America/Los_Angeles". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day that exists, written YYYY-MM-DD ("2026-02-30" is false). */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

// ---------------------------------------------------------------------------------------------
// Wall clocks and instants

/** A calendar day, independent of any zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface ZonedParts extends CalendarDay {
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** What a wall clock in `timeZone` shows at `instant`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: SHORT_WEEKDAYS.indexOf(parts.weekday!),
  };
}

/** Minutes the zone is ahead of UTC at an instant (−480 for Pacific standard time). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which a wall clock in `timeZone` shows `minutes` after midnight of `day`
 * (minutes past 1440 run into the following days). On the night clocks go back, the earlier
 * of the two instants; in the hour skipped when clocks go forward, the time just after the gap
 * (02:30 on that night is read as 03:30), as calendars do.
 */
export function zonedTimeToInstant(day: CalendarDay, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day) + minutes * 60_000;
  const before = offsetMinutes(new Date(wall - DAY_MS), timeZone);
  const after = offsetMinutes(new Date(wall + DAY_MS), timeZone);
  const candidates = [...new Set([wall - before * 60_000, wall - after * 60_000])].sort((a, b) => a - b);
  const exact = candidates.filter((t) => {
    const p = zonedParts(new Date(t), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall;
  });
  return new Date(exact[0] ?? wall - before * 60_000);
}

function addDays(day: CalendarDay, n: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayOf(text: string): CalendarDay {
  const [, y, m, d] = DAY.exec(text)!;
  return { year: Number(y), month: Number(m), day: Number(d) };
}

function weekdayOf(day: CalendarDay): number {
  return (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7;
}

function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// Open or closed

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

// ---------------------------------------------------------------------------------------------
// Showing the week

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

function hhmm(minutes: number): string {
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
function firstOfRun(days: readonly Weekday[]): number {
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

/** Closures that end today or later (in the team's zone), soonest first. */
export function upcomingClosures(schedule: Schedule, now: Date): Closure[] {
  const today = zonedParts(now, schedule.timeZone);
  return schedule.closures
    .filter((c) => daysBetween(today, dayOf(c.to)) >= 0)
    .sort((a, b) => a.from.localeCompare(b.from));
}

// ---------------------------------------------------------------------------------------------
// Words

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
