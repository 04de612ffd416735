import { translatorFor } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import { requestPage } from '../../src/lib/contact/page-data';
import { settingsOf } from '../support/site-model';

const en = translatorFor('en');
const pageOf = (settings: Parameters<typeof requestPage>[0]) => requestPage(settings, en);

describe('requestPage', () => {
  it('mails the request without JavaScript when the delivery is mailto', () => {
    const page = pageOf(settingsOf());
    expect(page.form).toEqual({ action: 'mailto:help@example.com', enctype: 'text/plain', attributes: {}, hidden: [], honeypot: 'website' });
    expect(page.fields.map((f) => f.id)).toEqual(['name', 'email', 'type', 'subject', 'description']);
    expect(page.config.supportEmail).toBe('help@example.com');
  });

  it('POSTs to an endpoint, form-encoded, and adds the team\'s own fields', () => {
    const page = pageOf(settingsOf('requestForm:', '  delivery: { type: endpoint, url: https://forms.example.com/f/1 }', '  fields:', '    - { id: workspace, label: Workspace }'));
    expect(page.form).toMatchObject({ action: 'https://forms.example.com/f/1', enctype: 'application/x-www-form-urlencoded' });
    expect(page.fields.at(-1)?.id).toBe('workspace');
  });

  it('hands the script the confirmation of its help desk: Zendesk\'s says an email may ask to confirm the address', () => {
    const zendesk = pageOf(settingsOf('requestForm:', '  delivery: { type: zendesk, subdomain: acme }'));
    expect(zendesk.config.confirmation).toMatch(/email asks you to confirm your address/);
    expect(pageOf(settingsOf('requestForm:', '  delivery: { type: formspree, formId: xyzabcde }')).config.confirmation).toMatch(/^We have your request/);
    const own = pageOf(settingsOf('requestForm:', '  delivery: { type: zendesk, subdomain: acme }', '  confirmation: Thank you, we will write soon.'));
    expect(own.config.confirmation).toBe('Thank you, we will write soon.');
  });

  it('writes the form Netlify Forms detects: its name, data-netlify, form-name and the honeypot it names', () => {
    const page = pageOf(settingsOf('requestForm:', '  delivery: { type: netlify, formName: support-request }'));
    expect(page.form).toEqual({
      enctype: 'application/x-www-form-urlencoded',
      attributes: { name: 'support-request', 'data-netlify': 'true', 'netlify-honeypot': 'bot-field' },
      hidden: [{ name: 'form-name', value: 'support-request' }],
      honeypot: 'bot-field',
    });
  });

  it('describes every staffed channel as a ContactPoint with its hours', () => {
    const page = pageOf(settingsOf(
      'supportHours:', '  timeZone: Europe/Berlin', '  requests: [{ days: mon-fri, hours: "09:00-17:00" }]', '  screenShare: [{ days: tue, hours: "10:00-12:00" }]',
      'contactLinks:', '  - { label: Screen share, href: "https://cal.example.com", hours: screenShare }',
    ));
    const org = page.head.structuredData![0] as { contactPoint: { contactType: string; hoursAvailable?: unknown[] }[] };
    expect(org.contactPoint.map((c) => c.contactType)).toEqual(['customer support', 'screen share']);
    expect(org.contactPoint[0]!.hoursAvailable).toHaveLength(1);
    expect(page.showsHours).toBe(true);
  });
});
