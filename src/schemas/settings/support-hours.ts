import { z } from 'astro/zod';
import { isCalendarDay, isTimeZone, parseDays, parseHoursRange } from '../../lib/contact/support-hours/parse';
import { type HoursRule } from '../../lib/contact/support-hours/schedule';

/**
 * The `supportHours:` block of content/settings.yaml: when the team answers, per channel, in
 * one IANA time zone, and the days it is closed. Each schema is a function so that every caller
 * gets a fresh one.
 */

/** The channels that can have support hours. */
export const CHANNELS = ['chat', 'requests', 'screenShare'] as const;
export type Channel = (typeof CHANNELS)[number];


const CalendarDay = () => z.string().refine(isCalendarDay, 'write a real calendar day as YYYY-MM-DD, e.g. 2026-12-25');

/** One line of a weekly schedule, e.g. `{ days: mon-thu, hours: "06:00-24:00" }`. */
export function HoursRuleSchema() {
  return z
    .strictObject({
      /** Days, as a range ("mon-fri"), a list ("sat, sun" or [sat, sun]) or one day. Required. */
      days: z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
        const days = parseDays(value);
        if (typeof days === 'string') {
          ctx.addIssue({ code: 'custom', message: days });
          return z.NEVER;
        }
        return days;
      }),
      /** Opening and closing time in 24-hour time in the team's zone, e.g. "06:00-24:00"; "22:00-02:00" runs past midnight. Required. */
      hours: z.string().transform((value, ctx) => {
        const range = parseHoursRange(value);
        if (typeof range === 'string') {
          ctx.addIssue({ code: 'custom', message: range });
          return z.NEVER;
        }
        return range;
      }),
    })
    .transform(({ days, hours }): HoursRule => ({ days, open: hours.open, close: hours.close }));
}

/** A day or days off, e.g. `{ date: 2026-12-25, name: Christmas Day }`. */
export function ClosureSchema() {
  return z
    .strictObject({
      /** The (first) closed day, YYYY-MM-DD, in the team's zone. Required. */
      date: CalendarDay(),
      /** The last closed day of a longer closure, YYYY-MM-DD. Default: the same as `date`. */
      to: CalendarDay().optional(),
      /** What the day is, shown to visitors, e.g. "Thanksgiving Day". Required. */
      name: z.string().min(1),
      /** Which channels close. Default: all of them. */
      channels: z.array(z.enum(CHANNELS)).optional(),
    })
    .refine((c) => !c.to || c.to >= c.date, { error: '`to` must be the same day as `date` or later', path: ['to'] });
}

/** When the team answers, per channel, in one IANA time zone. */
export function SupportHoursSchema() {
  return z
    .strictObject({
      /** The team's IANA time zone, e.g. "America/Los_Angeles"; every time below is in it. Default: "UTC". */
      timeZone: z
        .string()
        .refine(isTimeZone, { error: 'use an IANA time zone name such as "America/Los_Angeles" or "Europe/Berlin"' })
        .default('UTC'),
      /** Weekly hours of live chat. Default: none (no hours shown for chat). */
      chat: z.array(HoursRuleSchema()).optional(),
      /** Weekly hours in which requests and emails are answered. Default: none. */
      requests: z.array(HoursRuleSchema()).optional(),
      /** Weekly hours of scheduled screen shares. Default: none. */
      screenShare: z.array(HoursRuleSchema()).optional(),
      /** Holidays and other days off, for all channels unless `channels` says otherwise. Default: []. */
      closures: z.array(ClosureSchema()).default([]),
    });
}

export type SupportHoursSettings = z.output<ReturnType<typeof SupportHoursSchema>>;
