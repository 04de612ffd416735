import { translatorFor } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import { zonedParts, zonedTimeToInstant } from '../../src/lib/contact/support-hours/clock';
import { parseDays, parseHoursRange, parseTime } from '../../src/lib/contact/support-hours/parse';
import type { HoursRule, Schedule } from '../../src/lib/contact/support-hours/schedule';
import { openIntervals, statusAt, upcomingClosures } from '../../src/lib/contact/support-hours/status';
import { teamWeek, visitorWeek, type WeekRow } from '../../src/lib/contact/support-hours/week';
import { describeStatus, formatClosureDays, formatDays, formatHours, zoneName } from '../../src/lib/contact/support-hours/words';

const en = translatorFor('en');

const LA = 'America/Los_Angeles';

/** The example help center's chat hours: Monday–Thursday 06:00–24:00, Friday 06:00–21:00, weekends 09:00–21:00 Pacific. */
const RULES: HoursRule[] = [
  { days: ['mon', 'tue', 'wed', 'thu'], open: 6 * 60, close: 24 * 60 },
  { days: ['fri'], open: 6 * 60, close: 21 * 60 },
  { days: ['sat', 'sun'], open: 9 * 60, close: 21 * 60 },
];
const pacific = (closures: Schedule['closures'] = []): Schedule => ({ timeZone: LA, rules: RULES, closures });

/** A week as the visitor reads it: "Monday–Thursday 14:00–08:00 (next day)". */
const readable = (rows: WeekRow[]) => rows.map((r) => `${formatDays(r.days, en)} ${formatHours(r, en)}`);

const at = (iso: string) => new Date(iso);

describe('reading the schedule a writer typed', () => {
  it('reads 24-hour times, 24:00 included', () => {
    expect(parseTime('06:00')).toBe(360);
    expect(parseTime('24:00')).toBe(1440);
    expect(parseTime('24:30')).toBeUndefined();
    expect(parseTime('6am')).toBeUndefined();
  });

  it('reads a range, and one that runs past midnight', () => {
    expect(parseHoursRange('06:00-24:00')).toEqual({ open: 360, close: 1440 });
    expect(parseHoursRange('09:00 – 21:00')).toEqual({ open: 540, close: 1260 });
    expect(parseHoursRange('22:00-02:00')).toEqual({ open: 1320, close: 1560 });
    expect(parseHoursRange('00:00-24:00')).toEqual({ open: 0, close: 1440 });
  });

  it('explains a range it cannot read', () => {
    expect(parseHoursRange('9-5')).toMatch(/HH:MM-HH:MM/);
    expect(parseHoursRange('24:00-06:00')).toMatch(/cannot open at 24:00/);
  });

  it('reads days, ranges and lists, in week order', () => {
    expect(parseDays('mon-thu')).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(parseDays(['sun', 'sat'])).toEqual(['sat', 'sun']);
    expect(parseDays('Monday-Wednesday, fri')).toEqual(['mon', 'tue', 'wed', 'fri']);
    expect(parseDays('fri-mon')).toEqual(['mon', 'fri', 'sat', 'sun']);
  });

  it('names a day it does not know', () => {
    expect(parseDays('mon-funday')).toMatch(/"funday" is not a day/);
    expect(parseDays('mo')).toMatch(/"mo" is not a day/);
  });
});

describe('wall clocks with hourCycle h23', () => {
  it('reads midnight as hour 0 of the new day, never 24 of the old one', () => {
    expect(zonedParts(at('2026-01-13T08:00:00Z'), LA)).toMatchObject({ year: 2026, month: 1, day: 13, hour: 0, minute: 0, weekday: 1 });
  });

  it('turns a Pacific wall time into the right instant in winter and in summer', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 12 }, 360, LA).toISOString()).toBe('2026-01-12T14:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 13 }, 360, LA).toISOString()).toBe('2026-07-13T13:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 12 }, 1440, LA).toISOString()).toBe('2026-01-13T08:00:00.000Z');
  });

  it('reads a time in the hour skipped in spring as the time after the gap', () => {
    // 8 March 2026: Pacific clocks jump from 02:00 to 03:00.
    expect(zonedTimeToInstant({ year: 2026, month: 3, day: 8 }, 150, LA).toISOString()).toBe('2026-03-08T10:30:00.000Z');
  });

  it('reads a time of the hour repeated in autumn as its first occurrence', () => {
    // 1 November 2026: 01:00–02:00 happens twice, first in PDT (UTC−7).
    expect(zonedTimeToInstant({ year: 2026, month: 11, day: 1 }, 90, LA).toISOString()).toBe('2026-11-01T08:30:00.000Z');
  });
});

describe('the week in the visitor\'s time zone', () => {
  it('in winter (PST, UTC−8) shows Monday–Thursday 06:00–24:00 Pacific as 14:00–08:00 (next day) UTC', () => {
    expect(readable(visitorWeek(pacific(), 'UTC', at('2026-01-14T20:00:00Z')))).toEqual([
      'Monday–Thursday 14:00–08:00 (next day)',
      'Friday 14:00–05:00 (next day)',
      'Saturday and Sunday 17:00–05:00 (next day)',
    ]);
  });

  it('in summer (PDT, UTC−7) shows the same hours as 13:00–07:00 (next day) UTC', () => {
    expect(readable(visitorWeek(pacific(), 'UTC', at('2026-07-15T20:00:00Z')))).toEqual([
      'Monday–Thursday 13:00–07:00 (next day)',
      'Friday 13:00–04:00 (next day)',
      'Saturday and Sunday 16:00–04:00 (next day)',
    ]);
  });

  it('gives the days after a daylight-saving change their own hours', () => {
    // From Friday 6 March 2026: Friday and Saturday are still PST, Sunday 8 March onwards is PDT.
    expect(readable(visitorWeek(pacific(), 'UTC', at('2026-03-06T20:00:00Z')))).toEqual([
      'Monday–Thursday 13:00–07:00 (next day)',
      'Friday 14:00–05:00 (next day)',
      'Saturday 17:00–05:00 (next day)',
      'Sunday 16:00–04:00 (next day)',
    ]);
  });

  it('moves hours to the visitor\'s day: a Pacific weekend morning is Sunday and Monday in Tokyo', () => {
    expect(readable(visitorWeek(pacific(), 'Asia/Tokyo', at('2026-01-14T20:00:00Z')))).toEqual([
      'Monday–Thursday 23:00–17:00 (next day)',
      'Friday 23:00–14:00 (next day)',
      'Sunday and Monday 02:00–14:00',
    ]);
  });

  it('shows an end at the visitor\'s midnight as 24:00, not 00:00 (next day)', () => {
    const schedule: Schedule = { timeZone: 'UTC', rules: [{ days: ['mon'], open: 8 * 60, close: 23 * 60 }], closures: [] };
    expect(readable(visitorWeek(schedule, 'Europe/Berlin', at('2026-01-14T12:00:00Z')))).toEqual(['Monday 09:00–24:00']);
  });

  it('in the team\'s own zone reads as written', () => {
    expect(readable(teamWeek(RULES))).toEqual([
      'Monday–Thursday 06:00–24:00',
      'Friday 06:00–21:00',
      'Saturday and Sunday 09:00–21:00',
    ]);
    expect(readable(teamWeek([{ days: ['fri', 'sat'], open: 22 * 60, close: 26 * 60 }]))).toEqual(['Friday and Saturday 22:00–02:00 (next day)']);
  });
});

describe('naming days', () => {
  it('makes ranges of three days or more and lists the rest', () => {
    expect(formatDays(['mon', 'wed', 'fri'], en)).toBe('Monday, Wednesday, and Friday');
    expect(formatDays(['mon', 'tue', 'wed', 'fri'], en)).toBe('Monday–Wednesday and Friday');
    expect(formatDays(['mon', 'fri', 'sat', 'sun'], en)).toBe('Friday–Monday');
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], en)).toBe('Every day');
  });

  it('names the team\'s zone in words', () => {
    expect(zoneName(LA, 'en', at('2026-01-14T20:00:00Z'))).toBe('Pacific Time');
  });
});

describe('open now, and when the team is back', () => {
  it('is open on a Monday morning, until midnight Pacific', () => {
    expect(statusAt(pacific(), at('2026-01-12T18:00:00Z'))).toEqual({ open: true, until: at('2026-01-13T08:00:00Z') });
  });

  it('is closed at 03:00 on a Monday, back at 06:00 Pacific', () => {
    expect(statusAt(pacific(), at('2026-01-12T11:00:00Z'))).toEqual({ open: false, next: at('2026-01-12T14:00:00Z') });
  });

  it('is closed on a holiday, and back the next day', () => {
    // Independence Day 2026 is observed on Friday 3 July; Saturday opens at 09:00 PDT.
    const schedule = pacific([{ from: '2026-07-03', to: '2026-07-03', name: 'Independence Day' }]);
    expect(statusAt(schedule, at('2026-07-03T17:00:00Z'))).toEqual({ open: false, next: at('2026-07-04T16:00:00Z') });
    // Thursday evening still closes at midnight, as usual.
    expect(statusAt(schedule, at('2026-07-03T06:30:00Z'))).toEqual({ open: true, until: at('2026-07-03T07:00:00Z') });
  });

  it('cuts hours that run past midnight into a closed day', () => {
    const schedule: Schedule = {
      timeZone: LA,
      rules: [{ days: ['mon'], open: 22 * 60, close: 26 * 60 }],
      closures: [{ from: '2026-01-13', to: '2026-01-13', name: 'Team day' }],
    };
    expect(statusAt(schedule, at('2026-01-13T07:00:00Z'))).toEqual({ open: true, until: at('2026-01-13T08:00:00Z') });
  });

  it('joins days that touch at midnight into one stretch', () => {
    const allWeek: Schedule = { timeZone: LA, rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: 0, close: 1440 }], closures: [] };
    expect(statusAt(allWeek, at('2026-01-12T18:00:00Z'))).toEqual({ open: true, until: undefined });
    expect(openIntervals(allWeek, at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toHaveLength(1);
  });

  it('has nothing to promise for a schedule without hours', () => {
    expect(statusAt({ timeZone: LA, rules: [], closures: [] }, at('2026-01-12T18:00:00Z'))).toEqual({ open: false, next: undefined });
  });

  it('keeps a one-hour-shorter Sunday when clocks go forward', () => {
    // Sunday 8 March 2026, 09:00–21:00 PDT.
    const sunday = openIntervals(pacific(), at('2026-03-08T12:00:00Z'), at('2026-03-08T23:00:00Z'));
    expect(sunday).toEqual([{ start: at('2026-03-08T16:00:00Z'), end: at('2026-03-09T04:00:00Z') }]);
  });
});

describe('what the launcher says, on the visitor\'s clock', () => {
  const say = (now: string, zone: string, closures: Schedule['closures'] = []) => {
    const schedule = pacific(closures);
    return describeStatus(statusAt(schedule, at(now)), at(now), zone, en);
  };

  it('"Online now" while the team is in', () => {
    expect(say('2026-01-12T18:00:00Z', 'Europe/Berlin')).toBe('Online now');
  });

  it('"Back at 15:00" in Berlin at noon on a Monday (06:00 Pacific)', () => {
    expect(say('2026-01-12T11:00:00Z', 'Europe/Berlin')).toBe('Back at 15:00');
  });

  it('"Back tomorrow at 09:00" late on a Friday in Los Angeles, but "Back at 18:00" the same Saturday in Berlin', () => {
    expect(say('2026-01-17T06:00:00Z', LA)).toBe('Back tomorrow at 09:00');
    expect(say('2026-01-17T06:00:00Z', 'Europe/Berlin')).toBe('Back at 18:00');
  });

  it('names the weekday within a week, and the date beyond it', () => {
    const schedule: Schedule = { timeZone: LA, rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: 360, close: 1080 }], closures: [] };
    const saturdayNight = at('2026-01-18T06:00:00Z');
    expect(describeStatus(statusAt(schedule, saturdayNight), saturdayNight, LA, en)).toBe('Back Monday at 06:00');
    const christmas = at('2026-12-24T18:00:00Z');
    const closed = pacific([{ from: '2026-12-24', to: '2027-01-02', name: 'Winter break' }]);
    expect(describeStatus(statusAt(closed, christmas), christmas, LA, en)).toBe('Back on January 3 at 09:00');
  });

  it('lists only closures that are still to come', () => {
    const schedule = pacific([
      { from: '2026-01-01', to: '2026-01-01', name: 'New Year' },
      { from: '2026-12-25', to: '2026-12-25', name: 'Christmas' },
      { from: '2026-05-25', to: '2026-05-25', name: 'Memorial Day' },
    ]);
    expect(upcomingClosures(schedule, at('2026-03-01T12:00:00Z')).map((c) => c.name)).toEqual(['Memorial Day', 'Christmas']);
  });
});

describe('listing closures', () => {
  it('gives the full date, and a range for a longer closure', () => {
    expect(formatClosureDays({ from: '2026-12-25', to: '2026-12-25' }, 'en')).toBe('December 25, 2026');
    expect(formatClosureDays({ from: '2026-12-24', to: '2027-01-02' }, 'en')).toBe('December 24, 2026 – January 2, 2027');
  });
});
