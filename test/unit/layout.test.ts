import { describe, expect, it } from 'vitest';
import { fullTitle, TITLE_LENGTH } from '../../src/lib/site/layout';

describe('fullTitle', () => {
  it('adds the site name when both fit in a search result, and leaves it off when they would not', () => {
    expect(fullTitle('Refunds', 'Larkspur Help Center')).toBe('Refunds · Larkspur Help Center');
    const long = 'My timer stopped by itself overnight. Where did the rest of the time go?';
    expect(fullTitle(long, 'Larkspur Help Center')).toBe(long);
    expect(fullTitle('Time tracking: answered questions', 'Larkspur Help Center').length).toBeLessThanOrEqual(TITLE_LENGTH);
  });

  it('is the site name alone on the home page', () => {
    expect(fullTitle('Larkspur Help Center', 'Larkspur Help Center')).toBe('Larkspur Help Center');
  });
});
