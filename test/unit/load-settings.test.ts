import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/load-settings';

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
    expect(errors[0]?.hint).toContain('src/config/settings-schema.ts');
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
