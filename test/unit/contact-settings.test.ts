import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closuresFor } from '../../src/lib/contact/schedules';
import { parseSettings } from '../../src/lib/content/settings';

const FILE = 'content/settings.yaml';
const REQUIRED = ['siteName: Larkspur Help Center', 'baseUrl: https://help.larkspur.example', 'supportEmail: support@larkspur.example'];
const parse = (...lines: string[]) => parseSettings(`${[...REQUIRED, ...lines].join('\n')}\n`, FILE);
/** The line of the settings text above on which `needle` is written, 1-based. */
const lineOf = (lines: string[], needle: string) => REQUIRED.length + lines.findIndex((l) => l.includes(needle)) + 1;

describe('contact settings', () => {
  it('default to the built-in panel, mailto delivery and no hours', () => {
    const { settings, errors } = parse();
    expect(errors).toEqual([]);
    // No label: the launcher's default depends on whether a chat provider answers it (launcherButton).
    expect(settings?.chat).toEqual({ position: 'right', loadOn: 'click', timeoutSeconds: 10 });
    expect(settings?.requestForm.delivery).toEqual({ type: 'mailto' });
    expect(settings?.requestForm.fields).toEqual([]);
    expect(settings?.requestForm.suggestions).toBe(true);
    expect(settings?.supportHours).toEqual({ timeZone: 'UTC', closures: [] });
    expect(settings?.articleFeedback).toBe(true);
  });

  it('read the example help center\'s hours, a shared YAML anchor included', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '../../content/settings.yaml'), 'utf8');
    const { settings, errors } = parseSettings(text, FILE);
    expect(errors).toEqual([]);
    const hours = settings!.supportHours;
    expect(hours.timeZone).toBe('America/Los_Angeles');
    expect(hours.chat).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu'], open: 360, close: 1440 },
      { days: ['fri'], open: 360, close: 1260 },
      { days: ['sat', 'sun'], open: 540, close: 1260 },
    ]);
    expect(hours.requests).toEqual(hours.chat);
    expect(hours.screenShare).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: 480, close: 1320 }]);
    expect(closuresFor(hours, 'chat').map((c) => c.from)).toContain('2026-11-26');
  });

  it('read every chat provider', () => {
    const providers = [
      ['type: zendesk', 'key: 0a1b2c3d-4e5f'],
      ['type: zendesk', 'key: 0a1b2c3d-4e5f', 'widget: classic'],
      ['type: intercom', 'appId: abc123'],
      ['type: crisp', 'websiteId: 7f0e-11aa'],
      ['type: helpscout', 'beaconId: 1d2e3f'],
      ['type: chatwoot', 'baseUrl: https://app.chatwoot.com', 'websiteToken: tok3n'],
      ['type: custom', 'scriptUrl: /stub/chat.js', 'open: StubChat.open'],
    ];
    for (const lines of providers) {
      const { settings, errors } = parse('chat:', '  provider:', ...lines.map((l) => `    ${l}`));
      expect(errors, lines[0]).toEqual([]);
      expect(settings?.chat.provider?.type).toBe(lines[0]!.slice('type: '.length));
    }
  });

  it('take Zendesk\'s messaging widget by default and Web Widget (Classic) when asked, and say which two there are', () => {
    expect(parse('chat:', '  provider: { type: zendesk, key: k1 }').settings?.chat.provider).toEqual({ type: 'zendesk', key: 'k1', widget: 'messaging' });
    expect(parse('chat:', '  provider: { type: zendesk, key: k1, widget: classic }').settings?.chat.provider).toMatchObject({ widget: 'classic' });
    const { errors } = parse('chat:', '  provider: { type: zendesk, key: k1, widget: webWidget }');
    expect(errors[0]?.message).toContain('set `widget` to "messaging" or "classic" (Web Widget (Classic))');
  });

  it('take a stand-in script on this site or over https, never plain http', () => {
    expect(parse('chat:', '  provider: { type: intercom, appId: a1, scriptUrl: /stand-ins/intercom.js }').errors).toEqual([]);
    expect(parse('chat:', '  provider: { type: intercom, appId: a1, scriptUrl: "http://127.0.0.1:4000/intercom.js" }').errors[0]?.message).toMatch(/path on this site or an https/);
  });

  it('read every form-service preset, and refuse a Formspree endpoint given where its id belongs', () => {
    for (const delivery of ['{ type: formspree, formId: xyzabcde }', '{ type: basin, formId: abc123def456 }', '{ type: netlify }']) {
      expect(parse('requestForm:', `  delivery: ${delivery}`).errors, delivery).toEqual([]);
    }
    expect(parse('requestForm:', '  delivery: { type: netlify }').settings?.requestForm.delivery).toEqual({ type: 'netlify', formName: 'request', timeoutSeconds: 15 });
    expect(parse('requestForm:', '  delivery: { type: formspree, formId: "https://formspree.io/f/xyz" }').errors[0]?.message).toMatch(/give only the form's id from Formspree/);
  });

  it('report an hours range it cannot read on its line', () => {
    const lines = ['supportHours:', '  timeZone: Europe/Berlin', '  chat:', '    - days: mon-fri', '      hours: 9-17'];
    const { errors } = parse(...lines);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line: lineOf(lines, 'hours: 9-17') });
    expect(errors[0]?.message).toContain('`supportHours.chat.0.hours`');
    expect(errors[0]?.message).toContain('HH:MM-HH:MM');
  });

  it('report an unknown day and an unknown time zone', () => {
    const lines = ['supportHours:', '  timeZone: Pacific/Atlantis', '  chat:', '    - days: mon-fryday', '      hours: "09:00-17:00"'];
    const { errors } = parse(...lines);
    expect(errors.map((e) => e.line).sort()).toEqual([lineOf(lines, 'timeZone'), lineOf(lines, 'fryday')].sort());
    expect(errors.map((e) => e.message).join('\n')).toMatch(/IANA time zone/);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/"fryday" is not a day/);
  });

  it('report a closure day that does not exist', () => {
    const lines = ['supportHours:', '  closures:', '    - date: 2026-02-30', '      name: Not a day'];
    const { errors } = parse(...lines);
    expect(errors[0]).toMatchObject({ line: lineOf(lines, '2026-02-30') });
    expect(errors[0]?.message).toContain('YYYY-MM-DD');
  });

  it('report an unknown chat provider with the list of known ones', () => {
    const { errors } = parse('chat:', '  provider:', '    type: livechatt');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('zendesk, intercom, crisp, helpscout, chatwoot or custom');
  });

  it('report a delivery without its address, and a select without options', () => {
    const lines = ['requestForm:', '  delivery:', '    type: endpoint', '  fields:', '    - id: plan', '      label: Plan', '      type: select'];
    const { errors } = parse(...lines);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/requestForm\.delivery\.url/);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/a select needs `options`/);
  });

  it('refuse a custom field named like a built-in one', () => {
    const { errors } = parse('requestForm:', '  fields:', '    - id: email', '      label: Other email');
    expect(errors[0]?.message).toMatch(/the form uses this name itself/);
  });

  it('accept an endpoint on this site or elsewhere, never a protocol-relative one', () => {
    expect(parse('requestForm:', '  delivery:', '    type: endpoint', '    url: /api/request').errors).toEqual([]);
    expect(parse('requestForm:', '  delivery:', '    type: endpoint', '    url: https://forms.example.com/f/1').errors).toEqual([]);
    expect(parse('requestForm:', '  delivery:', '    type: endpoint', '    url: //evil.example/x').errors).toHaveLength(1);
  });
});

describe('when the chat script loads', () => {
  it('is only on click: hover and idle, which would contact the vendor before the visitor asked, are refused', () => {
    const errors = parseSettings(['siteName: H', 'baseUrl: https://h.example', 'supportEmail: a@h.example', 'chat:', '  loadOn: hover'].join('\n'), 'content/settings.yaml').errors;
    expect(errors.map((e) => [e.line, e.message])).toEqual([[5, "`chat.loadOn` is not valid: the chat's script loads only when the visitor clicks the launcher: fetching it on hover or when the browser is idle would contact the vendor before the visitor asked; remove loadOn"]]);
  });
});
