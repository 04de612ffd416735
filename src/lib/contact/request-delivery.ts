import type { Delivery } from '../../schemas/settings/request-form';
import { composeMailto } from './mailto';
import { summarize, type RequestField, type RequestValues } from './request-fields';

/**
 * What each delivery sends, built as plain data so that tests can read every byte:
 * an HTTP request for `endpoint` and Zendesk's Requests API, a mailto: URL for `mailto`.
 * The browser script only performs the plan; it never decides what goes in it.
 */

/** The delivery settings (requestForm.delivery), typed by their schema in src/schemas/settings/request-form.ts. */
export type DeliverySettings = Delivery;

export interface HttpPlan {
  kind: 'http';
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface MailtoPlan {
  kind: 'mailto';
  url: string;
}

/** Zendesk's Requests API for a subdomain: anonymous requests need no token. */
export function zendeskRequestsUrl(subdomain: string): string {
  return `https://${subdomain}.zendesk.com/api/v2/requests.json`;
}

const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v.trim() : '');

/** The flat name → value record an endpoint receives; a checkbox is true/false in JSON and "yes" or absent in a form. */
function flatRecord(fields: readonly RequestField[], values: RequestValues): Record<string, string | boolean> {
  const record: Record<string, string | boolean> = { kind: 'request' };
  for (const f of fields) record[f.id] = f.kind === 'checkbox' ? values[f.id] === true : text(values[f.id]);
  return record;
}

/** The ticket body for Zendesk: the description first, then every other answer as "Label: value". */
function zendeskBody(fields: readonly RequestField[], values: RequestValues): string {
  const rest = summarize(fields.filter((f) => !['name', 'email', 'subject', 'description'].includes(f.id)), values)
    .filter((f) => f.value.trim() !== '')
    .map((f) => `${f.label}: ${f.value}`);
  return [text(values.description), ...(rest.length ? ['', '---', ...rest] : [])].join('\n');
}

/** How to send a request with the configured delivery. `supportEmail` is the mailto default. */
export function planRequest(
  delivery: DeliverySettings,
  fields: readonly RequestField[],
  values: RequestValues,
  supportEmail: string,
): HttpPlan | MailtoPlan {
  switch (delivery.type) {
    case 'mailto':
      return { kind: 'mailto', url: requestMailto(delivery.to ?? supportEmail, fields, values) };
    case 'endpoint': {
      const record = flatRecord(fields, values);
      if (delivery.format === 'json') {
        return {
          kind: 'http', method: 'POST', url: delivery.url, timeoutMs: delivery.timeoutSeconds * 1000,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(record),
        };
      }
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(record)) {
        if (value === false) continue;
        form.append(name, value === true ? 'yes' : value);
      }
      return {
        kind: 'http', method: 'POST', url: delivery.url, timeoutMs: delivery.timeoutSeconds * 1000,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
      };
    }
    case 'zendesk': {
      const customFields = fields
        .filter((f) => f.zendeskFieldId !== undefined)
        .map((f) => ({ id: f.zendeskFieldId!, value: f.kind === 'checkbox' ? values[f.id] === true : text(values[f.id]) }));
      if (delivery.typeFieldId !== undefined) customFields.push({ id: delivery.typeFieldId, value: text(values.type) });
      return {
        kind: 'http', method: 'POST', url: zendeskRequestsUrl(delivery.subdomain), timeoutMs: delivery.timeoutSeconds * 1000,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({
          request: {
            requester: { name: text(values.name), email: text(values.email) },
            subject: text(values.subject),
            comment: { body: zendeskBody(fields, values) },
            ...(customFields.length ? { custom_fields: customFields } : {}),
          },
        }),
      };
    }
  }
}

/** The request as an email: every field in the body, the subject as the email's subject. */
export function requestMailto(to: string, fields: readonly RequestField[], values: RequestValues): string {
  return composeMailto(to, text(values.subject), summarize(fields, values));
}

/** Why a send did not arrive, in terms the visitor can act on. */
export type Failure =
  | { reason: 'status'; status: number }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'network' };

export function describeFailure(failure: Failure): string {
  switch (failure.reason) {
    case 'status':
      return failure.status >= 500
        ? `Our request service had a problem (error ${failure.status}). Your request was not sent.`
        : `Our request service refused it (error ${failure.status}). Your request was not sent.`;
    case 'timeout':
      return `Our request service did not answer within ${failure.seconds} seconds. Your request was probably not sent.`;
    case 'network':
      return 'Your browser could not reach our request service: are you offline? Your request was not sent.';
  }
}

/**
 * Reads a successful answer: Zendesk returns the new request with its number, an endpoint may
 * return `{ id }` or `{ reference }`. Either way only a 2xx status counts as arrived.
 */
export function readReceipt(delivery: DeliverySettings, status: number, body: string): { ok: true; reference?: string } | { ok: false; failure: Failure } {
  if (status < 200 || status > 299) return { ok: false, failure: { reason: 'status', status } };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: true };
  }
  const record = (json ?? {}) as Record<string, unknown>;
  const source = delivery.type === 'zendesk' ? (record.request as Record<string, unknown> | undefined) ?? {} : record;
  const reference = source.reference ?? source.id;
  return typeof reference === 'string' || typeof reference === 'number' ? { ok: true, reference: String(reference) } : { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Article feedback

export interface Feedback {
  /** A random id, so that a vote and its later comment can be joined by the receiver. */
  id: string;
  /** The article's URL path. */
  article: string;
  title: string;
  helpful: boolean;
  comment?: string;
}

/**
 * Only an endpoint can take an anonymous vote: Zendesk's anonymous requests need the requester's
 * name and email, and a mailto would open the mail app for a click on "Yes".
 */
export function canReceiveFeedback(delivery: DeliverySettings): boolean {
  return delivery.type === 'endpoint';
}

export function planFeedback(delivery: DeliverySettings, feedback: Feedback): HttpPlan | undefined {
  if (delivery.type !== 'endpoint') return undefined;
  const record: Record<string, string | boolean> = {
    kind: 'article-feedback',
    id: feedback.id,
    article: feedback.article,
    title: feedback.title,
    helpful: feedback.helpful,
    ...(feedback.comment?.trim() ? { comment: feedback.comment.trim() } : {}),
  };
  const timeoutMs = delivery.timeoutSeconds * 1000;
  if (delivery.format === 'json') {
    return { kind: 'http', method: 'POST', url: delivery.url, timeoutMs, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(record) };
  }
  const form = new URLSearchParams(Object.entries(record).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'yes' : 'no') : v]));
  return { kind: 'http', method: 'POST', url: delivery.url, timeoutMs, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form.toString() };
}
