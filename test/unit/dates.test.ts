import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate, isoDate, lastChanged } from '../../src/lib/site/dates';

// Content dates are UTC midnight; a reader west of Greenwich must not see the day before.
const WEST = 'America/Los_Angeles';
let savedTz: string | undefined;

beforeEach(() => {
  savedTz = process.env.TZ;
  process.env.TZ = WEST;
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('formatDate', () => {
  const firstOfMarch = new Date('2026-03-01');

  it('the test really runs west of Greenwich (local formatting would show the day before)', () => {
    expect(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(firstOfMarch)).toBe('February 28, 2026');
  });

  it('shows 2026-03-01 as March 1, never as February', () => {
    expect(formatDate(firstOfMarch, 'en')).toBe('March 1, 2026');
  });

  it('uses the given locale', () => {
    expect(formatDate(firstOfMarch, 'de')).toBe('1. März 2026');
    expect(formatDate(firstOfMarch, 'ar')).toBe('1 مارس 2026');
  });
});

describe('isoDate', () => {
  it('gives YYYY-MM-DD of the UTC day', () => {
    expect(isoDate(new Date('2026-03-01'))).toBe('2026-03-01');
    expect(isoDate(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31');
  });
});

describe('lastChanged', () => {
  const created = new Date('2025-01-14');

  it('is the update day when there is a later one', () => {
    expect(lastChanged(created, new Date('2026-03-01'))).toEqual(new Date('2026-03-01'));
  });

  it('is the creation day without an update, or with an earlier one', () => {
    expect(lastChanged(created)).toBe(created);
    expect(lastChanged(created, new Date('2024-01-01'))).toBe(created);
  });
});
