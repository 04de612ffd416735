import { describe, expect, it } from 'vitest';
import { requestPage } from '../../src/lib/contact/page-data';
import { settingsOf } from '../support/site-model';

describe('requestPage', () => {
  it('mails the request without JavaScript when the delivery is mailto', () => {
    const page = requestPage(settingsOf());
    expect(page.fallback).toEqual({ action: 'mailto:help@example.com', enctype: 'text/plain' });
    expect(page.fields.map((f) => f.id)).toEqual(['name', 'email', 'type', 'subject', 'description']);
    expect(page.config.supportEmail).toBe('help@example.com');
  });

  it('POSTs to an endpoint, form-encoded, and adds the team\'s own fields', () => {
    const page = requestPage(settingsOf('requestForm:', '  delivery: { type: endpoint, url: https://forms.example.com/f/1 }', '  fields:', '    - { id: workspace, label: Workspace }'));
    expect(page.fallback).toEqual({ action: 'https://forms.example.com/f/1', enctype: 'application/x-www-form-urlencoded' });
    expect(page.fields.at(-1)?.id).toBe('workspace');
  });

  it('describes every staffed channel as a ContactPoint with its hours', () => {
    const page = requestPage(settingsOf(
      'supportHours:', '  timeZone: Europe/Berlin', '  requests: [{ days: mon-fri, hours: "09:00-17:00" }]', '  screenShare: [{ days: tue, hours: "10:00-12:00" }]',
      'contactLinks:', '  - { label: Screen share, href: "https://cal.example.com", hours: screenShare }',
    ));
    const org = page.head.structuredData![0] as { contactPoint: { contactType: string; hoursAvailable?: unknown[] }[] };
    expect(org.contactPoint.map((c) => c.contactType)).toEqual(['customer support', 'screen share']);
    expect(org.contactPoint[0]!.hoursAvailable).toHaveLength(1);
    expect(page.showsHours).toBe(true);
  });
});
