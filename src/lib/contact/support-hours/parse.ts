import { MINUTES_PER_DAY, WEEKDAYS, type Weekday } from './schedule';

/** Reading what writers write under `supportHours:` in settings.yaml: times, ranges, days, zones and calendar days. */

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

export const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day that exists, written YYYY-MM-DD ("2026-02-30" is false). */
export function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
