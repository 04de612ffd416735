import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirectPage, jsonLdOf, readPage } from '../support/html';
import { buildSite, outDir, ROOT, TEST_OUTPUT } from '../support/sites';

/** The contact launcher's settings as the browser receives them. */
const contactConfig = (page: HTMLElement) => JSON.parse(page.querySelector('script[data-contact-config]')!.textContent);

describe('the example help center (mailto delivery, no chat provider)', () => {
  const dist = outDir('example');
  const page = (url: string) => readPage(dist, url);

  it('loads nothing from another origin on any page: no script, stylesheet, frame or preload', () => {
    for (const url of builtPages(dist)) {
      const html = page(url);
      const foreign = html
        // Canonical and language alternates name pages; they load nothing.
        .querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="sitemap"]):not([rel="alternate"]), iframe, img[src]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((u) => !u.startsWith('/') || u.startsWith('//'));
      expect(foreign, url).toEqual([]);
    }
  });

  it('gives the built-in panel the support hours it shows, and the launcher no "Online now": there is no live chat', () => {
    const home = page('/');
    const config = contactConfig(home);
    expect(config.provider).toBeNull();
    expect(config.schedules.requests.timeZone).toBe('America/Los_Angeles');
    expect(config.schedules.requests.rules[0]).toEqual({ days: ['mon', 'tue', 'wed', 'thu'], open: 360, close: 1440 });
    expect(home.querySelector('[data-contact-launcher] [data-hours-status]')).toBeNull();
    expect(home.querySelector('[data-contact-launcher]')!.textContent.replace(/\s+/g, ' ').trim()).toBe('Contact us: Request or email');
    expect(home.querySelector('#contact-panel [data-hours-status="requests"]')!.getAttribute('data-hours-label')).toBe('Support team');
    const panel = home.querySelector('#contact-panel')!;
    expect(panel.querySelector('a[href="https://larkspur.example/screen-share"] + .contact-note + [data-hours-status="screenShare"]')).not.toBeNull();
    expect(panel.querySelectorAll('details.contact-hours [data-support-hours]').length).toBe(2);
  });

  it('renders <SupportHours> in the article as a table in Pacific time, readable without scripts', () => {
    const article = page('/articles/support-options/');
    const tables = article.querySelectorAll('.prose [data-support-hours] table:not([data-support-hours-local])');
    expect(tables.map((t) => t.querySelector('caption')!.textContent)).toEqual(['Live chat and requests: Pacific Time', 'Screen share: Pacific Time']);
    expect(tables[0]!.querySelectorAll('tbody tr').map((tr) => tr.textContent)).toEqual([
      'Monday–Thursday06:00–24:00',
      'Friday06:00–21:00',
      'Saturday and Sunday09:00–21:00',
    ]);
    expect(tables[1]!.querySelector('tbody tr')!.textContent).toBe('Monday–Friday08:00–22:00');
  });

  it('asks no feedback under articles: an email cannot take a vote', () => {
    expect(page('/articles/support-options/').querySelector('[data-article-feedback]')).toBeNull();
  });

  it('has a request form that sends by email without JavaScript, never by GET, with the team\'s own fields', () => {
    const form = page('/request/').querySelector('form[data-request-form]')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('mailto:support@larkspur.example');
    expect(form.getAttribute('enctype')).toBe('text/plain');
    expect(form.querySelectorAll('[name]').map((f) => f.getAttribute('name'))).toEqual([
      'name', 'email', 'type', 'subject', 'description', 'workspace', 'platform', 'website',
    ]);
    expect(form.querySelector('#request-type option')!.getAttribute('value')).toBe('');
    expect(form.querySelector('#request-workspace')!.hasAttribute('required')).toBe(false);
    expect(form.querySelector('label[for="request-workspace"]')!.textContent).toBe('Workspace name (optional)');
  });

  it('hides the spam trap from people and from the keyboard', () => {
    const trap = page('/request/').querySelector('#request-website')!;
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.parentNode?.getAttribute('aria-hidden')).toBe('true');
  });

  it('describes the support team as ContactPoints with their hours on the request page', () => {
    const [organization] = jsonLdOf(page('/request/')).filter((d) => d['@type'] === 'Organization');
    const points = organization!.contactPoint as Record<string, unknown>[];
    expect(points.map((p) => p.contactType)).toEqual(['customer support', 'screen share']);
    expect(points[0]).toMatchObject({ email: 'support@larkspur.example', url: 'https://help.larkspur.example/request/' });
    const hours = points[0]!.hoursAvailable as Record<string, unknown>[];
    expect(hours[0]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday'],
      opens: '06:00',
      closes: '23:59',
    });
    expect(hours).toContainEqual({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-11-26', validThrough: '2026-11-26' });
  });
});

describe('a help center with a chat provider and an endpoint delivery (the contact site)', () => {
  const dist = outDir('contact');
  const pages = builtPages(dist).map((url) => ({ url, html: readPage(dist, url) })).filter((p) => !isRedirectPage(p.html));

  it('names the provider\'s script only in the launcher\'s settings, never as a script on the page', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const { url, html } of pages) {
      const config = contactConfig(html);
      expect(config.provider, url).toEqual({ type: 'custom', scriptUrl: '/stub/chat.js', open: 'StubChat.open', args: ['help-center'] });
      expect({ loadOn: config.loadOn, timeoutSeconds: config.timeoutSeconds }, url).toEqual({ loadOn: 'click', timeoutSeconds: 2 });
      expect(html.querySelectorAll('script[src], link[href]').map((el) => el.getAttribute('src') ?? el.getAttribute('href')), url).not.toContain('/stub/chat.js');
      expect(html.querySelector('[data-contact]')!.getAttribute('data-position'), url).toBe('left');
      expect(html.querySelector('button[data-contact-launcher]')!.textContent, url).toContain('Chat with us');
    }
  });

  it('shows chat\'s "Online now" on the launcher when a chat provider answers it', () => {
    expect(readPage(dist, '/').querySelector('[data-contact-launcher] [data-hours-status]')!.getAttribute('data-hours-status')).toBe('chat');
  });

  it('lets the pages that send reach the help desk\'s origin, which only these settings name', () => {
    const policy = (html: HTMLElement) => html.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    const connect = (html: HTMLElement) => /connect-src ([^;]*)/.exec(policy(html))![1]!.split(' ');
    expect(connect(readPage(dist, '/request/'))).toContain('http://requests.stand-in.test');
    expect(connect(readPage(dist, '/articles/reach-us/'))).toContain('http://requests.stand-in.test');
    expect(connect(readPage(dist, '/'))).not.toContain('http://requests.stand-in.test');
    for (const url of builtPages(outDir('example'))) {
      const html = readPage(outDir('example'), url);
      if (!isRedirectPage(html)) expect(policy(html), url).not.toMatch(/stand-in|127\.0\.0\.1/);
    }
  });

  it('POSTs the form to the endpoint without JavaScript', () => {
    const form = readPage(dist, '/request/').querySelector('form[data-request-form]')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('http://requests.stand-in.test/stub/endpoint');
    expect(form.getAttribute('enctype')).toBe('application/x-www-form-urlencoded');
    expect(form.querySelector('#request-consent')!.getAttribute('type')).toBe('checkbox');
    expect(form.querySelector('#request-consent')!.getAttribute('value')).toBe('yes');
    expect(form.querySelector('#request-consent')!.hasAttribute('required')).toBe(true);
  });

  it('asks "Was this article helpful?" under every article, kept out of the search index', () => {
    const articles = pages.filter((p) => p.url.startsWith('/articles/'));
    expect(articles.length).toBe(2);
    for (const { url, html } of articles) {
      const widget = html.querySelector('[data-article-feedback]');
      expect(widget, url).not.toBeNull();
      expect(widget!.getAttribute('data-pagefind-ignore'), url).toBe('all');
      // Shown by its script: without one there is nothing to send the answer with.
      expect(widget!.hasAttribute('hidden'), url).toBe(true);
      expect(JSON.parse(widget!.querySelector('[data-feedback-config]')!.textContent).article, url).toBe(url);
    }
  });

  it('writes hours that run past midnight as such, in the page and for search engines', () => {
    const table = readPage(dist, '/articles/reach-us/').querySelectorAll('.prose [data-support-hours] table:not([data-support-hours-local])')[1]!;
    expect(table.querySelector('tbody tr')!.textContent).toBe('Tuesday and Thursday22:00–02:00 (next day)');
    const [organization] = jsonLdOf(readPage(dist, '/request/')).filter((d) => d['@type'] === 'Organization');
    const points = organization!.contactPoint as { contactType: string; hoursAvailable: Record<string, unknown>[] }[];
    expect(points.map((p) => p.contactType)).toEqual(['customer support', 'live chat', 'screen share']);
    expect(points[2]!.hoursAvailable[0]).toMatchObject({ opens: '22:00', closes: '02:00' });
    expect(points[2]!.hoursAvailable[1]).toMatchObject({ validFrom: '2027-12-24', validThrough: '2027-12-26' });
  });
});

/** Settings are read before anything is built, so this build fails at once and never touches the content cache. */
describe('a writer\'s mistake in the contact settings', () => {
  function brokenCopy(name: string, change: (dir: string) => void) {
    const content = `${TEST_OUTPUT}/mistakes/${name}`;
    fs.rmSync(path.join(ROOT, content), { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'test/fixtures/site'), path.join(ROOT, content), { recursive: true });
    change(path.join(ROOT, content));
    return { content, ...buildSite(content, `${content}-dist`) };
  }

  it('an hours range it cannot read fails the build at its line in settings.yaml', () => {
    const { content, status, output } = brokenCopy('contact-hours', (dir) =>
      fs.appendFileSync(path.join(dir, 'settings.yaml'), 'supportHours:\n  timeZone: Europe/Berlin\n  chat:\n    - days: mon-fri\n      hours: 9 to 5\n'),
    );
    expect(status).not.toBe(0);
    const lines = fs.readFileSync(path.join(ROOT, content, 'settings.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('hours: 9 to 5')) + 1;
    expect(output).toContain(`${content}/settings.yaml:${line}:7: \`supportHours.chat.0.hours\` is not valid: write hours as HH:MM-HH:MM`);
  });
});
