import { describe, expect, it } from 'vitest';
import { openingHoursLd, supportOrganizationLd } from '../../src/lib/structured-data/contact-point';

describe('openingHoursLd', () => {
  it('writes midnight that ends a day as 23:59 and hours past midnight as the next day\'s time', () => {
    expect(openingHoursLd([
      { days: ['mon', 'tue'], open: 360, close: 1440 },
      { days: ['fri'], open: 1320, close: 1560 },
    ], [])).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '06:00', closes: '23:59' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Friday'], opens: '22:00', closes: '02:00' },
    ]);
  });

  it('marks a closure as a day that opens and closes at midnight, for its dates only', () => {
    expect(openingHoursLd([], [{ from: '2026-12-24', to: '2026-12-26', name: 'Winter break' }])).toEqual([
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-26' },
    ]);
  });
});

describe('supportOrganizationLd', () => {
  it('gives each channel a ContactPoint with absolute URLs, and hours only where there are some', () => {
    const ld = supportOrganizationLd({
      name: 'Larkspur Help Center',
      baseUrl: 'https://help.larkspur.example',
      language: 'en',
      channels: [
        { contactType: 'customer support', url: '/request/', email: 'support@larkspur.example', rules: [{ days: ['sat'], open: 540, close: 1260 }] },
        { contactType: 'screen share', url: 'https://larkspur.example/screen-share' },
      ],
    });
    expect(ld).toMatchObject({ '@type': 'Organization', url: 'https://help.larkspur.example/' });
    expect(ld.contactPoint[0]).toMatchObject({ '@type': 'ContactPoint', url: 'https://help.larkspur.example/request/', email: 'support@larkspur.example', availableLanguage: 'en' });
    expect(ld.contactPoint[0]!.hoursAvailable).toHaveLength(1);
    expect(ld.contactPoint[1]).toEqual({ '@type': 'ContactPoint', contactType: 'screen share', url: 'https://larkspur.example/screen-share', availableLanguage: 'en' });
  });
});
