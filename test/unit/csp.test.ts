import { describe, expect, it } from 'vitest';
import { chatCspSources } from '../../src/lib/contact/chat-providers';
import type { ChatProvider } from '../../src/schemas/settings/chat';
import { deliveryCsp, insertDirectives, siteCsp, VIDEO_PLAYER_ORIGINS, videoCsp } from '../../src/lib/security/csp';

const directive = (directives: string[], name: string) => directives.find((d) => d.startsWith(`${name} `));

describe('siteCsp', () => {
  it('allows only this site, https images and WebAssembly when there is no chat provider', () => {
    const csp = siteCsp(undefined);
    expect(directive(csp.directives, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp.directives, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp.directives, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp.directives, 'img-src')).toBe("img-src 'self' https:");
    expect(directive(csp.directives, 'connect-src')).toBe("connect-src 'self'");
    expect(csp.scriptResources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleResources).toEqual(["'self'"]);
    expect([...csp.directives, ...csp.scriptResources].join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('adds the configured provider\'s hosts, and inline styles, which every vendor injects', () => {
    const csp = siteCsp({ type: 'intercom', appId: 'abc', apiBase: 'https://api-iam.eu.intercom.io' });
    expect(csp.scriptResources).toContain('https://widget.intercom.io');
    expect(directive(csp.directives, 'connect-src')).toContain('https://api-iam.eu.intercom.io');
    expect(directive(csp.directives, 'connect-src')).toContain('wss://*.intercom.io');
    expect(csp.styleResources).toContain("'unsafe-inline'");
    expect(csp.scriptResources).not.toContain("'unsafe-inline'");
  });

  it('gives every provider a script source that covers the script the facade loads', () => {
    const providers: ChatProvider[] = [
      { type: 'zendesk', key: 'k', widget: 'messaging' },
      { type: 'zendesk', key: 'k', widget: 'classic' },
      { type: 'intercom', appId: 'a', apiBase: 'https://api-iam.intercom.io' },
      { type: 'crisp', websiteId: 'w' },
      { type: 'helpscout', beaconId: 'b' },
      { type: 'chatwoot', baseUrl: 'https://chat.example.com', websiteToken: 't' },
      { type: 'custom', scriptUrl: 'https://widget.example.net/w.js', open: 'W.open', args: [], cspSources: [] },
    ];
    const scripts: Record<string, string> = {
      zendesk: 'https://static.zdassets.com', intercom: 'https://widget.intercom.io', crisp: 'https://*.crisp.chat',
      helpscout: 'https://beacon-v2.helpscout.net', chatwoot: 'https://chat.example.com', custom: 'https://widget.example.net',
    };
    for (const provider of providers) expect(chatCspSources(provider)['script-src'], provider.type).toContain(scripts[provider.type]);
  });

  it('lets a custom widget name further origins, and keeps a site-relative script on this site', () => {
    const sources = chatCspSources({ type: 'custom', scriptUrl: '/widget.js', open: 'W.open', args: [], cspSources: ['wss://chat.example.com'] });
    expect(sources['script-src']).toEqual(["'self'", 'wss://chat.example.com']);
  });
});

describe('deliveryCsp', () => {
  it('lets the request form reach its endpoint, and only that', () => {
    expect(deliveryCsp({ type: 'endpoint', url: 'https://forms.example.com/f/1', format: 'json', timeoutSeconds: 5 })).toEqual(['connect-src https://forms.example.com', 'form-action https://forms.example.com']);
    expect(deliveryCsp({ type: 'endpoint', url: '/api/request', format: 'json', timeoutSeconds: 5 })).toEqual(["connect-src 'self'", "form-action 'self'"]);
    expect(deliveryCsp({ type: 'zendesk', subdomain: 'acme', timeoutSeconds: 5 })).toContain('connect-src https://acme.zendesk.com');
    expect(deliveryCsp({ type: 'zendesk', subdomain: 'acme', url: 'https://proxy.example.com/api/v2/requests.json', timeoutSeconds: 5 })).toContain('connect-src https://proxy.example.com');
    expect(deliveryCsp({ type: 'formspree', formId: 'xyz', timeoutSeconds: 5 })).toEqual(['connect-src https://formspree.io', 'form-action https://formspree.io']);
    expect(deliveryCsp({ type: 'basin', formId: 'abc', timeoutSeconds: 5 })).toEqual(['connect-src https://usebasin.com', 'form-action https://usebasin.com']);
    expect(deliveryCsp({ type: 'netlify', formName: 'request', timeoutSeconds: 5 })).toEqual(["connect-src 'self'", "form-action 'self'"]);
    expect(deliveryCsp({ type: 'mailto' })).toEqual(['form-action mailto:']);
  });
});

describe('videoCsp', () => {
  it('allows frames from the players a page shows, once each, and from nothing else', () => {
    expect(videoCsp([])).toEqual([]);
    expect(videoCsp(['youtube'])).toEqual(['frame-src https://www.youtube-nocookie.com']);
    expect(videoCsp(['vimeo', 'youtube', 'vimeo'])).toEqual(['frame-src https://player.vimeo.com https://www.youtube-nocookie.com']);
  });

  it('names YouTube by its privacy-enhanced domain, over https', () => {
    expect(VIDEO_PLAYER_ORIGINS.youtube).toBe('https://www.youtube-nocookie.com');
    for (const origin of Object.values(VIDEO_PLAYER_ORIGINS)) expect(new URL(origin).protocol).toBe('https:');
  });

  it('leaves frames to this site on every other page', () => {
    expect(directive(siteCsp(undefined).directives, 'frame-src')).toBe("frame-src 'self'");
  });
});

describe('insertDirectives', () => {
  it('hands a page\'s policy each of its directives once, in order', () => {
    const inserted: string[] = [];
    insertDirectives({ insertDirective: (d) => inserted.push(d) }, ['frame-src https://player.vimeo.com', "connect-src 'self'", 'frame-src https://player.vimeo.com', "form-action 'self'"]);
    expect(inserted).toEqual(['frame-src https://player.vimeo.com', "connect-src 'self'", "form-action 'self'"]);
  });
});
