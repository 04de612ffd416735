import { translatorFor } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import {
  canReceiveFeedback,
  confirmationFor,
  describeFailure,
  failureOfThrownFetch,
  formSetup,
  planFeedback,
  planRequest,
  readReceipt,
  type DeliverySettings,
  type HttpPlan,
} from '../../src/lib/contact/request-delivery';
import { requestFields, type RequestValues } from '../../src/lib/contact/request-fields';

const en = translatorFor('en');

const fields = requestFields([{ value: 'billing', label: 'Billing or my subscription' }], [
  { id: 'workspace', label: 'Workspace name', type: 'text', required: false, zendeskFieldId: 360001 },
  { id: 'urgent', label: 'It blocks my work', type: 'checkbox', required: false, zendeskFieldId: 360002 },
], en);
const values: RequestValues = {
  name: ' Zoë Ångström ',
  email: 'zoe+billing@example.com',
  type: 'billing',
  subject: 'Invoice #42 & VAT',
  description: 'Line one\nLine two: 50% + tax',
  workspace: 'Acme & Co',
  urgent: false,
};
const ENDPOINT: DeliverySettings = { type: 'endpoint', url: 'https://forms.example.com/f/1', format: 'json', timeoutSeconds: 15 };
const http = (plan: ReturnType<typeof planRequest>) => {
  if (plan.kind !== 'http') throw new Error('expected an HTTP plan');
  return plan as HttpPlan;
};

describe('an endpoint delivery', () => {
  it('POSTs every field as JSON, trimmed, under its own name', () => {
    const plan = http(planRequest(ENDPOINT, fields, values, 'support@larkspur.example'));
    expect(plan).toMatchObject({ method: 'POST', url: 'https://forms.example.com/f/1', timeoutMs: 15_000 });
    expect(plan.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(plan.body)).toEqual({
      kind: 'request',
      name: 'Zoë Ångström',
      email: 'zoe+billing@example.com',
      type: 'billing',
      subject: 'Invoice #42 & VAT',
      description: 'Line one\nLine two: 50% + tax',
      workspace: 'Acme & Co',
      urgent: false,
    });
  });

  it('POSTs the same fields form-encoded, a ticked box as "yes" and an unticked one left out, as a browser form would', () => {
    const plan = http(planRequest({ ...ENDPOINT, format: 'form' }, fields, { ...values, urgent: true }, 'support@larkspur.example'));
    expect(plan.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const body = new URLSearchParams(plan.body);
    expect(body.get('subject')).toBe('Invoice #42 & VAT');
    expect(body.get('description')).toBe('Line one\nLine two: 50% + tax');
    expect(body.get('urgent')).toBe('yes');
    expect(new URLSearchParams(http(planRequest({ ...ENDPOINT, format: 'form' }, fields, values, 'x@y.z')).body).has('urgent')).toBe(false);
  });

  it('POSTs to a path on the site itself', () => {
    expect(http(planRequest({ ...ENDPOINT, url: '/api/request' }, fields, values, 'x@y.z')).url).toBe('/api/request');
  });
});

describe('the Zendesk Requests API preset', () => {
  const ZENDESK: DeliverySettings = { type: 'zendesk', subdomain: 'larkspur', timeoutSeconds: 15 };

  it('POSTs an anonymous request to {subdomain}.zendesk.com/api/v2/requests.json', () => {
    const plan = http(planRequest(ZENDESK, fields, values, 'support@larkspur.example'));
    expect(plan.url).toBe('https://larkspur.zendesk.com/api/v2/requests.json');
    expect(plan.headers['Content-Type']).toBe('application/json');
    const { request } = JSON.parse(plan.body);
    expect(request.requester).toEqual({ name: 'Zoë Ångström', email: 'zoe+billing@example.com' });
    expect(request.subject).toBe('Invoice #42 & VAT');
  });

  it('puts the description first in the comment, then the other answers', () => {
    const { request } = JSON.parse(http(planRequest(ZENDESK, fields, values, 'x@y.z')).body);
    expect(request.comment.body).toBe(
      'Line one\nLine two: 50% + tax\n\n---\nWhat is your request about?: Billing or my subscription\nWorkspace name: Acme & Co\nIt blocks my work: No',
    );
  });

  it('sends mapped fields as ticket fields, the type too when its field is named', () => {
    const { request } = JSON.parse(http(planRequest({ ...ZENDESK, typeFieldId: 360009 }, fields, values, 'x@y.z')).body);
    expect(request.custom_fields).toEqual([
      { id: 360001, value: 'Acme & Co' },
      { id: 360002, value: false },
      { id: 360009, value: 'billing' },
    ]);
  });

  it('reads the new request\'s number from the answer', () => {
    expect(readReceipt(ZENDESK, fields, 201, JSON.stringify({ request: { id: 4821, status: 'new' } }), en)).toEqual({ ok: true, reference: '4821' });
  });

  it('POSTs to a proxy of the team\'s own when one is named', () => {
    expect(http(planRequest({ ...ZENDESK, url: 'https://help-proxy.example.com/api/v2/requests.json' }, fields, values, 'x@y.z')).url).toBe('https://help-proxy.example.com/api/v2/requests.json');
  });

  it('puts each note of a 422 RecordInvalid beside the field it is about', () => {
    const answer = JSON.stringify({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        requester: [{ description: 'Requester: Email is not properly formatted', error: 'InvalidValue' }],
        subject: [{ description: 'Subject: is too long (maximum is 150 characters)' }],
        base: [
          { description: 'Workspace name: needed', error: 'RequiredFieldMissing', field_key: 360001 },
          { description: 'Your account cannot submit requests', error: 'Forbidden' },
        ],
      },
    });
    const receipt = readReceipt({ ...ZENDESK, typeFieldId: 360009 }, fields, 422, answer, en);
    expect(receipt).toEqual({
      ok: false,
      failure: {
        reason: 'invalid',
        problems: [
          { field: 'email', message: 'The help desk did not accept this: Requester: Email is not properly formatted' },
          { field: 'subject', message: 'The help desk did not accept this: Subject: is too long (maximum is 150 characters)' },
          { field: 'workspace', message: 'The help desk did not accept this: Workspace name: needed' },
        ],
        unplaced: ['Your account cannot submit requests'],
      },
    });
    expect(receipt.ok === false && describeFailure(receipt.failure, en)).toMatch(/see the notes beside them/);
  });

  it('sends a requester note about the name to the name, and a ticket field named in the key to its field', () => {
    const answer = { details: { requester: [{ description: 'Requester: Name is too short' }], custom_fields_360009: [{ description: 'Type: invalid' }] } };
    const receipt = readReceipt({ ...ZENDESK, typeFieldId: 360009 }, fields, 422, JSON.stringify(answer), en);
    expect(receipt.ok === false && receipt.failure.reason === 'invalid' && receipt.failure.problems.map((p) => p.field)).toEqual(['name', 'type']);
  });

  it('says what Zendesk said when no note names a field of ours', () => {
    const receipt = readReceipt(ZENDESK, fields, 422, JSON.stringify({ error: 'RecordInvalid', details: { base: [{ description: 'Ticket forms are disabled' }] } }), en);
    expect(receipt.ok === false && describeFailure(receipt.failure, en)).toBe('Our help desk did not accept the request, so it was not sent. It said: Ticket forms are disabled');
  });

  it('tells the visitor an email may ask them to confirm their address, unless the team wrote its own words', () => {
    expect(confirmationFor(ZENDESK, undefined, en)).toMatch(/confirm your address/);
    expect(confirmationFor(ENDPOINT, undefined, en)).toMatch(/^We have your request/);
    expect(confirmationFor(ZENDESK, 'Thanks!', en)).toBe('Thanks!');
  });

  it('falls back to an email without JavaScript, as there is no Zendesk request to make then', () => {
    expect(formSetup(ZENDESK, 'help@larkspur.example')).toEqual({ action: 'mailto:help@larkspur.example', enctype: 'text/plain', attributes: {}, hidden: [], honeypot: 'website' });
  });
});

describe('the Formspree preset', () => {
  const FORMSPREE: DeliverySettings = { type: 'formspree', formId: 'xyzabcde', timeoutSeconds: 15 };

  it('POSTs every field as JSON to formspree.io/f/<id>, asking for a JSON answer', () => {
    const plan = http(planRequest(FORMSPREE, fields, values, 'x@y.z'));
    expect(plan.url).toBe('https://formspree.io/f/xyzabcde');
    expect(plan.headers).toEqual({ 'Content-Type': 'application/json', Accept: 'application/json' });
    expect(JSON.parse(plan.body)).toEqual({
      name: 'Zoë Ångström', email: 'zoe+billing@example.com', type: 'billing', subject: 'Invoice #42 & VAT',
      description: 'Line one\nLine two: 50% + tax', workspace: 'Acme & Co', urgent: false,
    });
  });

  it('posts there without JavaScript too, with its spam trap named _gotcha', () => {
    expect(formSetup(FORMSPREE, 'x@y.z')).toEqual({ action: 'https://formspree.io/f/xyzabcde', enctype: 'application/x-www-form-urlencoded', attributes: {}, hidden: [], honeypot: '_gotcha' });
  });

  it('puts Formspree\'s errors beside the fields they name', () => {
    const receipt = readReceipt(FORMSPREE, fields, 422, JSON.stringify({ errors: [{ code: 'TYPE_EMAIL', field: 'email', message: 'should be an email' }] }), en);
    expect(receipt).toEqual({ ok: false, failure: { reason: 'invalid', problems: [{ field: 'email', message: 'The help desk did not accept this: should be an email' }], unplaced: [] } });
  });
});

describe('the Basin preset', () => {
  const BASIN: DeliverySettings = { type: 'basin', formId: 'abc123def456', timeoutSeconds: 15 };

  it('POSTs the fields form-encoded to usebasin.com/f/<id>, as the HTML form would, asking for JSON', () => {
    const plan = http(planRequest(BASIN, fields, { ...values, urgent: true }, 'x@y.z'));
    expect(plan.url).toBe('https://usebasin.com/f/abc123def456');
    expect(plan.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' });
    expect(Object.fromEntries(new URLSearchParams(plan.body))).toEqual({
      name: 'Zoë Ångström', email: 'zoe+billing@example.com', type: 'billing', subject: 'Invoice #42 & VAT',
      description: 'Line one\nLine two: 50% + tax', workspace: 'Acme & Co', urgent: 'yes',
    });
    expect(formSetup(BASIN, 'x@y.z')).toMatchObject({ action: 'https://usebasin.com/f/abc123def456', honeypot: '_gotcha' });
  });
});

describe('the Netlify Forms preset', () => {
  const NETLIFY: DeliverySettings = { type: 'netlify', formName: 'request', timeoutSeconds: 15 };

  it('marks the page\'s form for Netlify: its name, data-netlify, a form-name field and the honeypot Netlify is told about', () => {
    expect(formSetup(NETLIFY, 'x@y.z')).toEqual({
      enctype: 'application/x-www-form-urlencoded',
      attributes: { name: 'request', 'data-netlify': 'true', 'netlify-honeypot': 'bot-field' },
      hidden: [{ name: 'form-name', value: 'request' }],
      honeypot: 'bot-field',
    });
  });

  it('POSTs form-encoded to the site itself with form-name, and only the form\'s own fields', () => {
    const plan = http(planRequest(NETLIFY, fields, values, 'x@y.z'));
    expect(plan.url).toBe('/');
    expect(plan.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    const body = new URLSearchParams(plan.body);
    expect([...body.keys()]).toEqual(['form-name', 'name', 'email', 'type', 'subject', 'description', 'workspace']);
    expect(body.get('form-name')).toBe('request');
  });
});

describe('the mailto delivery', () => {
  it('composes an email to the support address with every field in the body', () => {
    const plan = planRequest({ type: 'mailto' }, fields, values, 'support@larkspur.example');
    expect(plan.kind).toBe('mailto');
    const url = new URL(plan.url);
    expect(url.pathname).toBe('support@larkspur.example');
    const query = Object.fromEntries(plan.url.split('?')[1]!.split('&').map((p) => p.split('=').map(decodeURIComponent)));
    expect(query.subject).toBe('Invoice #42 & VAT');
    for (const text of ['Zoë Ångström', 'zoe+billing@example.com', 'Line one\nLine two: 50% + tax', 'Workspace name: Acme & Co', 'Billing or my subscription']) {
      expect(query.body).toContain(text);
    }
  });

  it('writes to another address when the delivery names one', () => {
    expect(planRequest({ type: 'mailto', to: 'billing@larkspur.example' }, fields, values, 'support@larkspur.example').url).toMatch(/^mailto:billing@larkspur\.example\?/);
  });
});

describe('answers and failures', () => {
  it('counts a 2xx status as arrived, unless its body says it was not taken', () => {
    expect(readReceipt(ENDPOINT, fields, 200, '', en)).toEqual({ ok: true });
    expect(readReceipt(ENDPOINT, fields, 200, '<html>Thank you</html>', en)).toEqual({ ok: true });
    expect(readReceipt(ENDPOINT, fields, 202, '{"reference":"R-17"}', en)).toEqual({ ok: true, reference: 'R-17' });
    expect(readReceipt(ENDPOINT, fields, 200, '{"success":false,"message":"Form is disabled"}', en)).toEqual({ ok: false, failure: { reason: 'refused' } });
    expect(readReceipt(ENDPOINT, fields, 200, '{"ok":false}', en)).toEqual({ ok: false, failure: { reason: 'refused' } });
    expect(readReceipt(ENDPOINT, fields, 500, '{"id":1}', en)).toEqual({ ok: false, failure: { reason: 'status', status: 500 } });
    expect(readReceipt(ENDPOINT, fields, 302, '', en)).toEqual({ ok: false, failure: { reason: 'status', status: 302 } });
    expect(readReceipt(ENDPOINT, fields, 429, '{"error":"TooManyRequests"}', en)).toEqual({ ok: false, failure: { reason: 'rate-limited' } });
  });

  it('calls a fetch that threw "offline" only when the browser says it is offline', () => {
    expect(failureOfThrownFetch({ timedOut: false, online: true, timeoutSeconds: 15 })).toEqual({ reason: 'not-accepted' });
    expect(failureOfThrownFetch({ timedOut: false, online: false, timeoutSeconds: 15 })).toEqual({ reason: 'offline' });
    expect(failureOfThrownFetch({ timedOut: true, online: true, timeoutSeconds: 15 })).toEqual({ reason: 'timeout', seconds: 15 });
  });

  it('says what happened, in words', () => {
    expect(describeFailure({ reason: 'status', status: 500 }, en)).toBe('Our help desk had a problem (error 500), so your request was not sent.');
    expect(describeFailure({ reason: 'status', status: 404 }, en)).toBe('Our help desk refused the request (error 404), so it was not sent.');
    expect(describeFailure({ reason: 'rate-limited' }, en)).toMatch(/too many requests/);
    expect(describeFailure({ reason: 'refused' }, en)).toMatch(/answered that it did not accept the request/);
    expect(describeFailure({ reason: 'not-accepted' }, en)).toMatch(/^The help desk did not accept the request/);
    expect(describeFailure({ reason: 'not-accepted' }, en)).not.toMatch(/offline/);
    expect(describeFailure({ reason: 'offline' }, en)).toMatch(/offline/);
    expect(describeFailure({ reason: 'timeout', seconds: 15 }, en)).toMatch(/did not answer within 15 seconds/);
  });
});

describe('article feedback', () => {
  const vote = { id: 'f-1', article: '/articles/refunds/', title: 'Refunds', helpful: false, comment: '  Step 3 is out of date ' };

  it('goes only to an endpoint', () => {
    expect(canReceiveFeedback(ENDPOINT)).toBe(true);
    expect(canReceiveFeedback({ type: 'mailto' })).toBe(false);
    expect(canReceiveFeedback({ type: 'zendesk', subdomain: 'x', timeoutSeconds: 15 })).toBe(false);
    expect(planFeedback({ type: 'mailto' }, vote)).toBeUndefined();
  });

  it('is a small record the endpoint can tell apart from a request', () => {
    expect(JSON.parse(planFeedback(ENDPOINT, vote)!.body)).toEqual({
      kind: 'article-feedback', id: 'f-1', article: '/articles/refunds/', title: 'Refunds', helpful: false, comment: 'Step 3 is out of date',
    });
    const form = new URLSearchParams(planFeedback({ ...ENDPOINT, format: 'form' }, { ...vote, helpful: true, comment: '' })!.body);
    expect(Object.fromEntries(form)).toEqual({ kind: 'article-feedback', id: 'f-1', article: '/articles/refunds/', title: 'Refunds', helpful: 'yes' });
  });
});

describe('the language of a request', () => {
  const fields = requestFields([{ value: 'question', label: 'Frage' }], [], en);
  const values = { name: 'Ana', email: 'ana@example.com', subject: 'Rechnung', description: 'Hallo', type: 'question' };
  it('travels with it: a field for endpoints and form services, a line in a Zendesk ticket', () => {
    const endpoint = planRequest({ type: 'endpoint', url: 'https://api.example.com/r', format: 'json', timeoutSeconds: 10 } as DeliverySettings, fields, values, 'help@example.com', 'de');
    expect(endpoint.kind === 'http' && JSON.parse(endpoint.body).locale).toBe('de');
    const zendesk = planRequest({ type: 'zendesk', subdomain: 'acme', timeoutSeconds: 10 } as DeliverySettings, fields, values, 'help@example.com', 'ar');
    expect(zendesk.kind === 'http' && JSON.parse(zendesk.body).request.comment.body).toMatch(/\n\nLanguage: ar$/);
    const without = planRequest({ type: 'endpoint', url: 'https://api.example.com/r', format: 'json', timeoutSeconds: 10 } as DeliverySettings, fields, values, 'help@example.com');
    expect(without.kind === 'http' && 'locale' in JSON.parse(without.body)).toBe(false);
  });
});
