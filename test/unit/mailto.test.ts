import { describe, expect, it } from 'vitest';
import { composeMailto } from '../../src/lib/contact/mailto';

/** Splits a mailto: URL the way a mail client does; raw "&", "?" or "#" inside a value would break the match. */
function decode(url: string) {
  const m = /^mailto:([^?&#]*)\?subject=([^?&#]*)&body=([^?&#]*)$/.exec(url);
  if (!m) throw new Error(`not a well-formed mailto: URL: ${url}`);
  return { to: decodeURIComponent(m[1]!), subject: decodeURIComponent(m[2]!), body: decodeURIComponent(m[3]!) };
}

describe('composeMailto', () => {
  const tricky = {
    subject: 'Invoice #42 & refund + VAT? 100% wrong',
    fields: [
      { label: 'Name', value: 'Zoë Ångström-Nakamura 山田' },
      { label: 'Email', value: 'zoe+billing@example.com' },
      { label: 'Details', value: 'Line one & more\nLine two: a+b=c #hash\n\n😀 last line?' },
    ],
  };

  it('produces a URL with no raw space, newline, "#" or "+"', () => {
    const url = composeMailto('support@larkspur.example', tricky.subject, tricky.fields);
    expect(url).not.toMatch(/[\s#+]/);
  });

  it('keeps the subject exactly', () => {
    expect(decode(composeMailto('support@larkspur.example', tricky.subject, tricky.fields)).subject).toBe(tricky.subject);
  });

  it('keeps every field\'s text in the body, newlines included', () => {
    const { body } = decode(composeMailto('support@larkspur.example', tricky.subject, tricky.fields));
    for (const f of tricky.fields) expect(body).toContain(f.value);
  });

  it('writes "Label: value", with a multi-line value starting on the next line', () => {
    const { body } = decode(composeMailto('support@larkspur.example', tricky.subject, tricky.fields));
    expect(body).toBe(
      'Name: Zoë Ångström-Nakamura 山田\n\nEmail: zoe+billing@example.com\n\nDetails:\nLine one & more\nLine two: a+b=c #hash\n\n😀 last line?',
    );
  });

  it('leaves out fields that are empty or only whitespace', () => {
    const { body } = decode(composeMailto('a@b.example', 'Hi', [
      { label: 'Name', value: '' },
      { label: 'Order', value: '   ' },
      { label: 'Message', value: 'Hello' },
    ]));
    expect(body).toBe('Message: Hello');
  });

  it('keeps the address readable and intact', () => {
    const url = composeMailto('support+help@larkspur.example', 'Hi', []);
    expect(url.startsWith('mailto:support%2Bhelp@larkspur.example?')).toBe(true);
    expect(decode(url).to).toBe('support+help@larkspur.example');
  });
});
