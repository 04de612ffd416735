import { describe, expect, it } from 'vitest';
import { checkUrl, normaliseUrl, schemeOf } from '../../src/lib/security/safe-url';

describe('checkUrl', () => {
  it.each([
    '/articles/refunds/', '#steps', '?q=invoice', 'refunds', './refunds', '../billing/refunds.mdx',
    'https://example.com', 'http://example.com/x', 'HTTPS://EXAMPLE.COM', 'mailto:help@example.com', 'tel:+15550100', '//cdn.example.com/x.png',
  ])('lets %s through', (url) => {
    expect(checkUrl(url).safe).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java&#x09;script:alert(1)', 'javascript'],
    ['java&#9;script:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:image/svg+xml;base64,AAAA', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['blob:https://example.com/x', 'blob'],
  ])('refuses %j as %s:', (url, scheme) => {
    expect(checkUrl(url)).toEqual({ safe: false, scheme });
  });

  it('can be narrowed to fewer schemes', () => {
    expect(checkUrl('mailto:x@example.com', ['https']).safe).toBe(false);
    expect(checkUrl('/request/', ['https']).safe).toBe(true);
  });
});

describe('normaliseUrl and schemeOf', () => {
  it('read a URL the way a browser does', () => {
    expect(normaliseUrl('  java\tscript:x  ')).toBe('javascript:x');
    expect(schemeOf('Mailto:a@b.c')).toBe('mailto');
    expect(schemeOf('/a:b')).toBeUndefined();
  });
});
