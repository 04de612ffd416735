import type { Closure, HoursRule } from '../contact/support-hours/schedule';
import { WEEKDAYS } from '../contact/support-hours/schedule';
import { absoluteUrl } from '../site/urls';

/**
 * The support team as search engines read it: an Organization with one ContactPoint per staffed
 * channel and its `hoursAvailable`. Times are the team's wall-clock times, as schema.org expects.
 */

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * One OpeningHoursSpecification per rule, and one per closure. Midnight that ends a day is
 * written 23:59, and hours running past midnight close at the next day's time, as search engines
 * document it; a closure is a day that opens and closes at 00:00.
 */
export function openingHoursLd(rules: readonly HoursRule[], closures: readonly Closure[]) {
  return [
    ...rules.map((r) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: r.days.map((d) => `https://schema.org/${SCHEMA_DAYS[WEEKDAYS.indexOf(d)]}`),
      opens: hhmm(r.open),
      closes: r.close === 24 * 60 ? '23:59' : hhmm(r.close),
    })),
    ...closures.map((c) => ({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: c.from,
      validThrough: c.to,
    })),
  ];
}

export interface ContactChannelLd {
  /** What the channel is for, in schema.org's free text: "customer support", "live chat"… */
  contactType: string;
  url?: string;
  email?: string;
  rules?: readonly HoursRule[];
  closures?: readonly Closure[];
}

export function supportOrganizationLd(input: { name: string; baseUrl: string; language: string; channels: readonly ContactChannelLd[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: input.name,
    url: absoluteUrl('/', input.baseUrl),
    contactPoint: input.channels.map((c) => ({
      '@type': 'ContactPoint',
      contactType: c.contactType,
      ...(c.url ? { url: /^[a-z]+:/i.test(c.url) ? c.url : absoluteUrl(c.url, input.baseUrl) } : {}),
      ...(c.email ? { email: c.email } : {}),
      availableLanguage: input.language,
      ...(c.rules?.length ? { hoursAvailable: openingHoursLd(c.rules, c.closures ?? []) } : {}),
    })),
  };
}
