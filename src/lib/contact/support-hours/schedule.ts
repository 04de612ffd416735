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

export const MINUTES_PER_DAY = 24 * 60;
export const DAY_MS = 24 * 60 * 60 * 1000;

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
