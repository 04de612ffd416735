import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmationFor, type DeliverySettings } from '../../src/lib/contact/request-delivery';
import { translatorFor } from '../../src/i18n';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import {
  answerAsHelpDesk,
  servePageWithSettings,
  STAND_IN_HOSTS,
  STUB_ENDPOINT as ENDPOINT,
  ZENDESK_STAND_IN_PATH,
  ZENDESK_STAND_IN_URL,
  type DeskAnswer,
  type Received as Raw,
} from '../support/contact-site';
import { useBuiltSite } from '../support/e2e';
import { outDir } from '../support/sites';

/**
 * The request form with an endpoint delivery: the contact site, whose endpoint is a stub on
 * another origin (http://requests.stand-in.test/stub/endpoint) that each test makes answer as it
 * needs: 200, 500, CORS headers or none, not at all. The same served page with a Zendesk delivery
 * sends to a Zendesk stand-in on that origin.
 */
const site = useBuiltSite('contact', { standInHosts: STAND_IN_HOSTS });

interface Received {
  method: string;
  contentType: string;
  body: Record<string, unknown>;
}
let raw: Raw[] = [];
let received: Received[] = [];

function answerWith(urlPath: string, reply: (request: Raw) => DeskAnswer | 'hang' | 'drop') {
  raw = answerAsHelpDesk(site.server, urlPath, (request) => {
    received.push({ method: request.method, contentType: request.contentType, body: JSON.parse(request.text || '{}') });
    return reply(request);
  }, raw);
}

function answer(status: number, body = '{}', options: { cors?: boolean } = {}) {
  answerWith(ENDPOINT, () => ({ status, body, ...options }));
}

beforeEach(() => {
  raw = [];
  received = [];
  answer(200, '{"id":"R-1042"}');
});

const REQUEST = {
  name: 'Zoë Ångström',
  email: 'zoe+billing@example.com',
  subject: 'Invoice #42 shows the wrong total',
  description: 'Line one of what happened.\nLine two: 50% + tax & fees, “quoted”.',
};

async function fillRequest(page: Page) {
  await page.fill('#request-name', REQUEST.name);
  await page.fill('#request-email', REQUEST.email);
  await page.selectOption('#request-type', 'billing');
  await page.fill('#request-subject', REQUEST.subject);
  await page.fill('#request-description', REQUEST.description);
  await page.selectOption('#request-plan', 'Team');
  await page.check('#request-consent');
}

const formValues = (page: Page) =>
  page.evaluate(() => ({
    name: (document.getElementById('request-name') as HTMLInputElement).value,
    email: (document.getElementById('request-email') as HTMLInputElement).value,
    subject: (document.getElementById('request-subject') as HTMLInputElement).value,
    description: (document.getElementById('request-description') as HTMLTextAreaElement).value,
    type: (document.getElementById('request-type') as HTMLSelectElement).value,
    consent: (document.getElementById('request-consent') as HTMLInputElement).checked,
  }));

const expectEverythingKept = async (page: Page) =>
  expect(await formValues(page)).toEqual({ ...REQUEST, type: 'billing', consent: true });

describe('sending a request to the endpoint', () => {
  it('POSTs every field as JSON, shows what happens next, and clears the form and the draft', async () => {
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.click('[data-request-submit]');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', contentType: 'application/json' });
    expect(received[0]!.body).toEqual({ kind: 'request', ...REQUEST, type: 'billing', plan: 'Team', consent: true });
    expect(await page.locator('[data-request-success]').textContent()).toContain('R-1042');
    expect(await page.locator('[data-request-success]').textContent()).toContain('answer by email');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-request-success]'))).toBe(true);

    await page.reload();
    expect((await formValues(page)).description).toBe('');
    expect(await page.locator('[data-request-restored]').isHidden()).toBe(true);
  });

  it('keeps every character when the endpoint answers 500, says so, and sends on retry', async () => {
    answer(500, '{"error":"boom"}');
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.click('[data-request-submit]');
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });

    expect(await failure.textContent()).toContain('error 500');
    expect(await failure.textContent()).toContain('was not sent');
    await expectEverythingKept(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');

    // The same request by email carries every word.
    const mailto = (await page.locator('[data-request-email-instead]').getAttribute('href'))!;
    const body = decodeURIComponent(mailto.split('&body=')[1]!);
    for (const text of [REQUEST.name, REQUEST.email, REQUEST.description]) expect(body).toContain(text);

    answer(200);
    await page.keyboard.press('Enter');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    // The failed attempt and the retry carried the same request.
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toEqual(received[0]!.body);
  });

  it('keeps every character when the endpoint does not answer in time', async () => {
    // Never answers: the form gives up after its timeout (2 s in these settings).
    answerWith(ENDPOINT, () => 'hang');
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.click('[data-request-submit]');
    expect(await page.locator('[data-request-submit]').textContent()).toBe('Sending…');
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });
    expect(await failure.textContent()).toContain('did not answer within 2 seconds');
    await expectEverythingKept(page);

    await page.reload();
    await expectEverythingKept(page);
  });

  it('keeps every character when the connection drops, and blames the help desk, not the visitor\'s connection', async () => {
    answerWith(ENDPOINT, () => 'drop');
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.click('[data-request-submit]');
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });
    expect(await failure.textContent()).toContain('The help desk did not accept the request');
    expect(await failure.textContent()).not.toContain('offline');
    await expectEverythingKept(page);
  });

  it('says the visitor is offline only when the browser says so, and keeps every character', async () => {
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.context().setOffline(true);
    await page.click('[data-request-submit]');
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });
    expect(await failure.textContent()).toContain('Your device seems to be offline');
    await expectEverythingKept(page);

    await page.context().setOffline(false);
    await page.click('[data-request-retry]');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    expect(received).toHaveLength(1);
  });

  it('counts a success status whose body says success: false as a failure, and keeps every character', async () => {
    answer(200, '{"success":false,"message":"This form is disabled"}');
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.click('[data-request-submit]');
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });
    expect(await failure.textContent()).toContain('answered that it did not accept the request');
    expect(await page.locator('[data-request-success]').isHidden()).toBe(true);
    await expectEverythingKept(page);
    await page.reload();
    await expectEverythingKept(page);
  });

  it('never puts what the visitor typed into a URL', async () => {
    const page = await site.visit('/request/');
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await fillRequest(page);
    await page.click('[data-request-submit]');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    const leaked = urls.filter((u) => [REQUEST.email, encodeURIComponent(REQUEST.email), 'Invoice'].some((t) => u.includes(t)));
    expect(leaked).toEqual([]);
    expect(page.url()).toBe(`${site.server.origin}/request/`);
  });

  it('sends nothing when the hidden spam-trap field is filled', async () => {
    const page = await site.visit('/request/');
    await fillRequest(page);
    await page.evaluate(() => ((document.getElementById('request-website') as HTMLInputElement).value = 'http://spam.example'));
    await page.click('[data-request-submit]');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    expect(received).toEqual([]);
  });
});

describe('sending a request to Zendesk\'s Requests API (a stand-in on another origin)', () => {
  const ZENDESK: DeliverySettings = { type: 'zendesk', subdomain: 'acme', url: ZENDESK_STAND_IN_URL, timeoutSeconds: 2 };
  const PAGE = '/request-zendesk/';

  /** The request page as a build with the Zendesk delivery writes it for the browser. */
  async function visitZendeskForm(reply: (request: Raw) => DeskAnswer | 'hang' | 'drop') {
    servePageWithSettings(site.server, outDir('contact'), '/request/', PAGE, { request: { delivery: ZENDESK, confirmation: confirmationFor(ZENDESK, undefined, translatorFor('en')) } });
    answerWith(ZENDESK_STAND_IN_PATH, reply);
    const page = await site.visit(PAGE);
    await fillRequest(page);
    await page.click('[data-request-submit]');
    return page;
  }

  const failureText = async (page: Page) => {
    const failure = page.locator('[data-request-failure]');
    await failure.waitFor({ state: 'visible' });
    return (await failure.textContent()) ?? '';
  };

  it('creates the request, shows its number and says an email may ask to confirm the address', async () => {
    const page = await visitZendeskForm(() => ({ status: 201, body: '{"request":{"id":4821,"status":"new"}}' }));
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({
      request: { requester: { name: REQUEST.name, email: REQUEST.email }, subject: REQUEST.subject },
    });
    expect((received[0]!.body.request as { comment: { body: string } }).comment.body).toContain(REQUEST.description);
    const success = (await page.locator('[data-request-success]').textContent()) ?? '';
    expect(success).toContain('4821');
    expect(success).toContain('If an email asks you to confirm your address, click its link');
  });

  it('shows each note of a 422 beside its field, focuses the first, and keeps every character', async () => {
    const details = {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        requester: [{ description: 'Requester: Email is not properly formatted', error: 'InvalidValue' }],
        subject: [{ description: 'Subject: contains a word we cannot accept' }],
      },
    };
    const page = await visitZendeskForm(() => ({ status: 422, body: JSON.stringify(details) }));
    expect(await failureText(page)).toContain('did not accept some of your answers');
    expect(await page.locator('#request-email-error').textContent()).toBe('The help desk did not accept this: Requester: Email is not properly formatted');
    expect(await page.locator('#request-subject-error').textContent()).toBe('The help desk did not accept this: Subject: contains a word we cannot accept');
    expect(await page.locator('#request-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#request-name').getAttribute('aria-invalid')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('request-email');
    await expectEverythingKept(page);
  });

  for (const [status, why] of [[429, 'its rate limit'], [403, 'a refusal']] as const) {
    it(`says the help desk did not accept the request when ${why} (${status}) comes without CORS headers, never "offline"`, async () => {
      const page = await visitZendeskForm(() => ({ status, body: '{"error":"blocked"}', cors: false }));
      const text = await failureText(page);
      expect(text).toContain('The help desk did not accept the request and your browser was not told why');
      expect(text).not.toContain('offline');
      expect(await page.locator('[data-request-retry]').isVisible()).toBe(true);
      const mailto = (await page.locator('[data-request-email-instead]').getAttribute('href'))!;
      const body = decodeURIComponent(mailto.split('&body=')[1]!);
      for (const text of [REQUEST.name, REQUEST.email, REQUEST.subject, REQUEST.description]) expect(body).toContain(text);
      await expectEverythingKept(page);
    });
  }

  it('says the help desk had a problem on a 500, and keeps every character', async () => {
    const page = await visitZendeskForm(() => ({ status: 500, body: '{"error":"InternalError"}' }));
    expect(await failureText(page)).toContain('Our help desk had a problem (error 500), so your request was not sent.');
    await expectEverythingKept(page);
  });

  it('says when Zendesk does not answer in time, and keeps every character', async () => {
    const page = await visitZendeskForm(() => 'hang');
    expect(await failureText(page)).toContain('did not answer within 2 seconds');
    await expectEverythingKept(page);
  });

  it('says to wait on a 429 it is allowed to read', async () => {
    const page = await visitZendeskForm(() => ({ status: 429, body: '{"error":"TooManyRequests"}' }));
    expect(await failureText(page)).toContain('receiving too many requests just now');
    await expectEverythingKept(page);
  });
});

describe('the draft', () => {
  it('comes back after a reload, and again after the tab was closed', async () => {
    const page = await site.visit('/request/');
    await page.fill('#request-subject', REQUEST.subject);
    await page.locator('#request-description').pressSequentially('Half a thought');
    await page.reload();
    expect((await formValues(page)).subject).toBe(REQUEST.subject);
    expect((await formValues(page)).description).toBe('Half a thought');
    expect(await page.locator('[data-request-restored]').isVisible()).toBe(true);

    const again = await page.context().newPage();
    await page.close();
    await again.goto(`${site.server.origin}/request/`);
    expect((await formValues(again)).description).toBe('Half a thought');
  });

  it('is not overwritten by a link that fills in a subject, and can be discarded', async () => {
    const page = await site.visit('/request/');
    await page.fill('#request-subject', 'My own words');
    await page.goto(`${site.server.origin}/request/?subject=${encodeURIComponent('From a question')}&type=problem`);
    expect((await formValues(page)).subject).toBe('My own words');
    expect((await formValues(page)).type).toBe('problem');

    await page.click('[data-request-discard]');
    expect((await formValues(page)).subject).toBe('');
    await page.reload();
    expect((await formValues(page)).subject).toBe('From a question');
  });
});

describe('validation', () => {
  it('shows a message beside each missing field and moves focus to the first', async () => {
    const page = await site.visit('/request/');
    await page.fill('#request-name', 'Ada');
    await page.fill('#request-email', 'ada@nowhere');
    await page.click('[data-request-submit]');

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('request-email');
    expect(await page.locator('#request-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#request-email-error').textContent()).toBe('Enter an email address like name@example.com.');
    expect(await page.locator('#request-type-error').textContent()).toBe('Choose what your request is about.');
    expect(await page.locator('#request-consent-error').textContent()).toContain('Tick');
    // The message is part of the field's accessible description.
    expect(await page.locator('#request-email').getAttribute('aria-describedby')).toContain('request-email-error');
    expect(await page.locator('#request-name').getAttribute('aria-invalid')).toBeNull();
    expect(received).toEqual([]);

    await page.fill('#request-email', 'ada@example.com');
    expect(await page.locator('#request-email-error').isHidden()).toBe(true);
    expect(await page.locator('#request-email').getAttribute('aria-invalid')).toBeNull();
  });

  it('is usable by keyboard alone, from the first field to the confirmation', async () => {
    const page = await site.visit('/request/');
    await page.focus('#request-name');
    await page.keyboard.type(REQUEST.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(REQUEST.email);
    await page.keyboard.press('Tab');
    // A closed select takes arrow keys: the first choice after "Choose one…".
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    // A subject no article matches, so that no suggested links join the tab order mid-test.
    await page.keyboard.type('Qzxv frobnication');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed without a mouse.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('request-consent');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-request-submit'))).toBe('');
    await page.keyboard.press('Enter');
    await page.locator('[data-request-success]').waitFor({ state: 'visible' });
    expect(received[0]!.body).toMatchObject({ name: REQUEST.name, subject: 'Qzxv frobnication', description: 'Typed without a mouse.', plan: 'Starter', consent: true });
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations with errors shown, and with a failure shown, in the ${scheme} scheme`, async () => {
      const page = await site.visit('/request/', { colorScheme: scheme });
      await page.click('[data-request-submit]');
      expect(await page.locator('[data-field-error]:visible').count()).toBeGreaterThan(3);
      expect(await axeViolations(page)).toEqual([]);

      answer(500);
      await fillRequest(page);
      await page.click('[data-request-submit]');
      await page.locator('[data-request-failure]').waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('"Was this article helpful?"', () => {
  const ARTICLE = '/articles/reach-us/';

  it('sends the vote at once, then the optional comment with the same id, and does not ask twice', async () => {
    const page = await site.visit(ARTICLE);
    const widget = page.locator('[data-article-feedback]');
    expect(await widget.locator('h2').textContent()).toBe('Was this article helpful?');
    await widget.locator('button', { hasText: 'No' }).click();
    await widget.locator('textarea').waitFor();
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({ kind: 'article-feedback', article: ARTICLE, helpful: false });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    await page.keyboard.type('Step 2 is missing a screenshot.');
    await widget.locator('button', { hasText: 'Send' }).click();
    await expect.poll(() => widget.locator('[data-feedback-thanks]').textContent()).toContain('sent to the writers');
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toMatchObject({ helpful: false, comment: 'Step 2 is missing a screenshot.', id: received[0]!.body.id });

    await page.reload();
    expect(await widget.locator('[data-feedback-vote]').isHidden()).toBe(true);
    expect(await widget.locator('[data-feedback-thanks]').textContent()).toContain('You told us this article did not help');
  });

  it('asks again later when the vote could not be sent, and retries', async () => {
    answer(500);
    const page = await site.visit(ARTICLE);
    const widget = page.locator('[data-article-feedback]');
    await widget.locator('button', { hasText: 'Yes' }).click();
    await widget.locator('[data-feedback-error]').waitFor({ state: 'visible' });
    expect(await widget.locator('[data-feedback-vote]').isVisible()).toBe(true);

    answer(200);
    await widget.locator('[data-feedback-retry]').click();
    await widget.locator('textarea').waitFor();
    expect(received.at(-1)!.body).toMatchObject({ helpful: true });
  });

  it('has no axe-core violations with the comment box open', async () => {
    const page = await site.visit(ARTICLE);
    await page.locator('[data-article-feedback] button', { hasText: 'Yes' }).click();
    await page.locator('[data-article-feedback] textarea').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
