import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/lib/content/settings';

const FILE = 'content/settings.yaml';
const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const REQUIRED = ['siteName: Larkspur Help Center', 'baseUrl: https://help.larkspur.example', 'supportEmail: support@larkspur.example'];

describe('parseSettings', () => {
  it('fills in the defaults of a minimal valid file', () => {
    const { settings, errors } = parseSettings(text(...REQUIRED), FILE);
    expect(errors).toEqual([]);
    expect(settings).toMatchObject({
      siteName: 'Larkspur Help Center',
      baseUrl: 'https://help.larkspur.example',
      supportEmail: 'support@larkspur.example',
      tagline: 'How can we help?',
      logo: '/logo.svg',
      brandColor: '#2f5bd3',
      requestUrl: '/request/',
      locale: 'en',
      sectionPageSize: 20,
      categoryPreviewSize: 6,
      tocMinHeadings: 4,
      contactLinks: [],
    });
    expect(settings?.requestTypes.map((t) => t.value)).toEqual(['question', 'problem', 'billing', 'feedback']);
    expect(settings?.editUrl).toBeUndefined();
  });

  it('keeps the values that are given', () => {
    const { settings } = parseSettings(text(...REQUIRED, 'brandColor: "#E91E63"', 'sectionPageSize: 10'), FILE);
    expect(settings?.brandColor).toBe('#E91E63');
    expect(settings?.sectionPageSize).toBe(10);
  });

  it('reports a brand colour that is not #rrggbb on its line', () => {
    const { settings, errors } = parseSettings(text(...REQUIRED, 'tagline: Hello', 'brandColor: blue'), FILE);
    expect(settings).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-setting', file: FILE, line: 5 });
    expect(errors[0]?.message).toContain('`brandColor`');
    expect(errors[0]?.message).toContain('#rrggbb');
    expect(errors[0]?.hint).toContain('src/schemas/settings/site.ts');
  });

  it('reports a short hex colour too', () => {
    const { errors } = parseSettings(text(...REQUIRED, 'brandColor: "#fff"'), FILE);
    expect(errors.map((e) => e.line)).toEqual([4]);
  });

  it('reports an invalid support email on its line', () => {
    const { errors } = parseSettings(
      text('siteName: Larkspur', 'supportEmail: support at larkspur', 'baseUrl: https://help.larkspur.example'),
      FILE,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-setting', file: FILE, line: 2 });
    expect(errors[0]?.message).toContain('`supportEmail`');
    expect(errors[0]?.message).toContain('email');
  });

  it('reports an error inside a list of objects at the line of the field', () => {
    const { errors } = parseSettings(
      text(...REQUIRED, 'requestTypes:', '  - value: billing', '    label: Billing', '  - value: bug', '    label: ""'),
      FILE,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(8);
    expect(errors[0]?.message).toContain('requestTypes.1.label');
  });

  it('reports an unknown setting by name', () => {
    const { settings, errors } = parseSettings(text(...REQUIRED, 'brandColour: "#2f5bd3"'), FILE);
    expect(settings).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-setting', file: FILE });
    expect(errors[0]?.message).toContain('unknown setting');
    expect(errors[0]?.message).toContain('brandColour');
  });

  it('reports an unknown setting on the line where it is written', () => {
    const { errors } = parseSettings(text(...REQUIRED, 'brandColour: "#2f5bd3"'), FILE);
    expect(errors[0]?.line).toBe(4);
  });

  it('reports a missing required setting', () => {
    const { errors } = parseSettings(text('siteName: Larkspur', 'baseUrl: https://help.larkspur.example'), FILE);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('`supportEmail`');
  });

  it('reports a YAML syntax error with its line', () => {
    const { settings, errors } = parseSettings(text(...REQUIRED, 'tagline: Answers: fast'), FILE);
    expect(settings).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: FILE, line: 4 });
  });
});

describe('every address in the settings', () => {
  const errorsOf = (...lines: string[]) => parseSettings(text(...REQUIRED, ...lines), FILE).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

  it.each([
    ['contactLinks', ['contactLinks:', '  - label: Status', '    href: "javascript:alert(1)"'], '6:5 `contactLinks.0.href` is not valid: javascript: addresses are not allowed here'],
    ['contactLinks in capitals, with a tab', ['contactLinks:', '  - label: Status', '    href: "JaVa\\tScRiPt:alert(1)"'], '6:5 `contactLinks.0.href` is not valid: remove the spaces or control characters'],
    ['contactLinks as data:', ['contactLinks:', '  - label: Status', '    href: "data:text/html,x"'], '6:5 `contactLinks.0.href` is not valid: data: addresses are not allowed here'],
    ['editUrl', ['editUrl: "javascript:alert(\'{path}\')"'], '4:1 `editUrl` is not valid: javascript: addresses are not allowed here'],
    ['editUrl as mailto:', ['editUrl: "mailto:x@example.com?body={path}"'], '4:1 `editUrl` is not valid: mailto: addresses are not allowed here; use https://, http://'],
    ['requestUrl', ['requestUrl: "javascript:alert(1)"'], '4:1 `requestUrl` is not valid: javascript: addresses are not allowed here'],
    ['community.newFileUrl', ['community:', '  newFileUrl: "javascript:x({content})"'], '5:3 `community.newFileUrl` is not valid: javascript: addresses are not allowed here'],
    ['logo', ['logo: "//evil.example/logo.svg"'], '4:1 `logo` is not valid: give a path on this site starting with a single "/"'],
  ])('refuses a script or foreign address in %s, at its line', (_name, lines, expected) => {
    expect(errorsOf(...lines).join('\n')).toContain(expected);
  });

  it('refuses a baseUrl that is not http(s)', () => {
    const { errors } = parseSettings(text('siteName: X', 'baseUrl: "javascript://help.example/%0aalert(1)"', 'supportEmail: a@b.co'), FILE);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/`baseUrl` is not valid/);
  });

  it('accepts the addresses a help center needs', () => {
    expect(errorsOf(
      'requestUrl: https://support.example.com/new', 'editUrl: https://github.com/a/b/edit/main/{path}',
      'contactLinks:', '  - { label: Call, href: "tel:+15550100" }', '  - { label: Mail, href: "mailto:a@b.co" }', '  - { label: Status, href: "/status/" }',
    )).toEqual([]);
  });

  it('reads content.trust as safe by default, or per area', () => {
    expect(parseSettings(text(...REQUIRED), FILE).settings?.content.trust).toEqual({ articles: 'safe', faq: 'safe' });
    expect(parseSettings(text(...REQUIRED, 'content:', '  trust: full'), FILE).settings?.content.trust).toEqual({ articles: 'full', faq: 'full' });
    expect(parseSettings(text(...REQUIRED, 'content:', '  trust: { articles: full }'), FILE).settings?.content.trust).toEqual({ articles: 'full', faq: 'safe' });
    expect(errorsOf('content:', '  trust: trusted')[0]).toMatch(/`content.trust` is not valid/);
  });
});
