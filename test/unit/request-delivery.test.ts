import { describe, expect, it } from 'vitest';
import {
  canReceiveFeedback,
  describeFailure,
  planFeedback,
  planRequest,
  readReceipt,
  type DeliverySettings,
  type HttpPlan,
} from '../../src/lib/contact/request-delivery';
import { requestFields, type RequestValues } from '../../src/lib/contact/request-fields';

const fields = requestFields([{ value: 'billing', label: 'Billing or my subscription' }], [
  { id: 'workspace', label: 'Workspace name', type: 'text', required: false, zendeskFieldId: 360001 },
  { id: 'urgent', label: 'It blocks my work', type: 'checkbox', required: false, zendeskFieldId: 360002 },
]);
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
    expect(readReceipt(ZENDESK, 201, JSON.stringify({ request: { id: 4821, status: 'new' } }))).toEqual({ ok: true, reference: '4821' });
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
  it('counts only a 2xx status as arrived', () => {
    expect(readReceipt(ENDPOINT, 200, '')).toEqual({ ok: true });
    expect(readReceipt(ENDPOINT, 202, '{"reference":"R-17"}')).toEqual({ ok: true, reference: 'R-17' });
    expect(readReceipt(ENDPOINT, 500, '{"id":1}')).toEqual({ ok: false, failure: { reason: 'status', status: 500 } });
    expect(readReceipt(ENDPOINT, 302, '')).toEqual({ ok: false, failure: { reason: 'status', status: 302 } });
  });

  it('says what happened, in words', () => {
    expect(describeFailure({ reason: 'status', status: 500 })).toMatch(/had a problem \(error 500\)/);
    expect(describeFailure({ reason: 'status', status: 422 })).toMatch(/refused it \(error 422\)/);
    expect(describeFailure({ reason: 'timeout', seconds: 15 })).toMatch(/did not answer within 15 seconds/);
    expect(describeFailure({ reason: 'network' })).toMatch(/could not reach/);
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
