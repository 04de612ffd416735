import type { SiteWords } from '../../i18n';
import type { Delivery } from '../../schemas/settings/request-form';
import { composeMailto } from './mailto';
import { summarize, type RequestField, type RequestValues } from './request-fields';

/**
 * What each delivery sends and how it reads the answer, built as plain data so that tests can
 * read every byte: an HTTP request for an endpoint, Zendesk's Requests API and the form services
 * (Formspree, Basin, Netlify Forms), a mailto: URL for `mailto`. The browser script only performs
 * the plan; it never decides what goes in it, nor what an answer means.
 */

/** The delivery settings (requestForm.delivery), typed by their schema in src/schemas/settings/request-form.ts. */
export type DeliverySettings = Delivery;

/** Every sentence this module gives the visitor about a send: the request form's script is handed these. */
export const DELIVERY_MESSAGES = [
  'contact.failureServer',
  'contact.failureRefusedStatus',
  'contact.failureRateLimited',
  'contact.failureInvalid',
  'contact.failureInvalidUnplaced',
  'contact.failureRefusedBody',
  'contact.failureNotAccepted',
  'contact.failureOffline',
  'contact.failureTimeout',
  'contact.fieldRefused',
] as const;
export type DeliveryWords = SiteWords<(typeof DELIVERY_MESSAGES)[number]>;

/**
 * What the visitor reads once a request has arrived, unless requestForm.confirmation says otherwise.
 * Zendesk holds anonymous requests (a suspended ticket) until the email address is confirmed,
 * where the account asks for it ("Announcing verification for anonymous help center requests").
 */
export function confirmationFor(delivery: DeliverySettings, configured: string | undefined, { t }: SiteWords<'contact.confirmation' | 'contact.confirmationZendesk'>): string {
  return configured ?? (delivery.type === 'zendesk' ? t('contact.confirmationZendesk') : t('contact.confirmation'));
}

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

/** Where each delivery POSTs; undefined for mailto. */
export function deliveryUrl(delivery: DeliverySettings): string | undefined {
  switch (delivery.type) {
    case 'mailto': return undefined;
    case 'endpoint': return delivery.url;
    case 'zendesk': return delivery.url ?? zendeskRequestsUrl(delivery.subdomain);
    case 'formspree': return `https://formspree.io/f/${delivery.formId}`;
    case 'basin': return `https://usebasin.com/f/${delivery.formId}`;
    // Netlify's "Submit HTML forms with AJAX": a POST to the site itself, which Netlify intercepts.
    case 'netlify': return '/';
  }
}

/**
 * The form as the page writes it, for each delivery: where it posts without JavaScript, its
 * encoding, the attributes and hidden fields its service looks for, and the name of the hidden
 * spam-trap field, which a bot fills in and the service then drops. Formspree and Basin read
 * `_gotcha`; Netlify reads the field named by the form's `netlify-honeypot` attribute.
 */
export interface FormSetup {
  /** Where the form posts without JavaScript; none for Netlify, which then shows its own success page. */
  action?: string;
  enctype: 'text/plain' | 'application/x-www-form-urlencoded';
  attributes: Record<string, string>;
  hidden: { name: string; value: string }[];
  honeypot: string;
}

/** Our own spam trap's name, for deliveries with none of their own. */
export const HONEYPOT = 'website';
const FORM_ENCODED = 'application/x-www-form-urlencoded';

export function formSetup(delivery: DeliverySettings, emailTo: string): FormSetup {
  const base = { attributes: {}, hidden: [], honeypot: HONEYPOT };
  switch (delivery.type) {
    case 'mailto':
    case 'zendesk':
      // Without JavaScript there is no Zendesk request to make: the form becomes an email.
      return { ...base, action: `mailto:${emailTo}`, enctype: 'text/plain' };
    case 'endpoint':
      return { ...base, action: delivery.url, enctype: FORM_ENCODED };
    case 'formspree':
    case 'basin':
      return { ...base, action: deliveryUrl(delivery), enctype: FORM_ENCODED, honeypot: '_gotcha' };
    case 'netlify':
      return {
        enctype: FORM_ENCODED,
        attributes: { name: delivery.formName, 'data-netlify': 'true', 'netlify-honeypot': 'bot-field' },
        hidden: [{ name: 'form-name', value: delivery.formName }],
        honeypot: 'bot-field',
      };
  }
}

const text = (v: string | boolean | undefined) => (typeof v === 'string' ? v.trim() : '');

/** The flat name → value record a form service receives; a checkbox is true/false in JSON and "yes" or absent in a form. */
function flatRecord(fields: readonly RequestField[], values: RequestValues, extra: Record<string, string> = {}): Record<string, string | boolean> {
  const record: Record<string, string | boolean> = { ...extra };
  for (const f of fields) record[f.id] = f.kind === 'checkbox' ? values[f.id] === true : text(values[f.id]);
  return record;
}

/** The same record as a browser would encode the form: an unticked box is left out, a ticked one is "yes". */
function formEncoded(record: Record<string, string | boolean>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    if (value === false) continue;
    form.append(name, value === true ? 'yes' : value);
  }
  return form.toString();
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const FORM_HEADERS = { 'Content-Type': FORM_ENCODED, Accept: 'application/json' };

/** The ticket body for Zendesk: the description first, then every other answer as "Label: value". */
function zendeskBody(fields: readonly RequestField[], values: RequestValues): string {
  const rest = summarize(fields.filter((f) => !['name', 'email', 'subject', 'description'].includes(f.id)), values)
    .filter((f) => f.value.trim() !== '')
    .map((f) => `${f.label}: ${f.value}`);
  return [text(values.description), ...(rest.length ? ['', '---', ...rest] : [])].join('\n');
}

/**
 * How to send a request with the configured delivery. `supportEmail` is the mailto default;
 * `locale` is the language of the page it was written on, sent along so that the team can
 * answer in it (a field `locale` for endpoints and form services, a line in a Zendesk ticket).
 */
export function planRequest(
  delivery: DeliverySettings,
  fields: readonly RequestField[],
  values: RequestValues,
  supportEmail: string,
  locale?: string,
): HttpPlan | MailtoPlan {
  const language: Record<string, string> = locale ? { locale } : {};
  if (delivery.type === 'mailto') return { kind: 'mailto', url: requestMailto(delivery.to ?? supportEmail, fields, values) };
  const http = (headers: Record<string, string>, body: string): HttpPlan => ({
    kind: 'http', method: 'POST', url: deliveryUrl(delivery)!, timeoutMs: delivery.timeoutSeconds * 1000, headers, body,
  });
  switch (delivery.type) {
    case 'endpoint': {
      // `kind` tells a request from article feedback, which goes to the same endpoint.
      const record = flatRecord(fields, values, { kind: 'request', ...language });
      return delivery.format === 'json' ? http(JSON_HEADERS, JSON.stringify(record)) : http(FORM_HEADERS, formEncoded(record));
    }
    case 'formspree':
      // "Submit forms with JavaScript (AJAX)": JSON is accepted, and Accept: application/json gets a JSON answer.
      return http(JSON_HEADERS, JSON.stringify(flatRecord(fields, values, language)));
    case 'basin':
      return http(FORM_HEADERS, formEncoded(flatRecord(fields, values, language)));
    case 'netlify':
      // Netlify keeps only fields its deploy found in the form, and needs form-name to know which form.
      return http({ 'Content-Type': FORM_ENCODED }, formEncoded(flatRecord(fields, values, { 'form-name': delivery.formName, ...language })));
    case 'zendesk': {
      const customFields = fields
        .filter((f) => f.zendeskFieldId !== undefined)
        .map((f) => ({ id: f.zendeskFieldId!, value: f.kind === 'checkbox' ? values[f.id] === true : text(values[f.id]) }));
      if (delivery.typeFieldId !== undefined) customFields.push({ id: delivery.typeFieldId, value: text(values.type) });
      return http(JSON_HEADERS, JSON.stringify({
        request: {
          requester: { name: text(values.name), email: text(values.email) },
          subject: text(values.subject),
          comment: { body: `${zendeskBody(fields, values)}${locale ? `\n\nLanguage: ${locale}` : ''}` },
          ...(customFields.length ? { custom_fields: customFields } : {}),
        },
      }));
    }
  }
}

/** The request as an email: every field in the body, the subject as the email's subject. */
export function requestMailto(to: string, fields: readonly RequestField[], values: RequestValues): string {
  return composeMailto(to, text(values.subject), summarize(fields, values));
}

/** A note the help desk made about one field, to show beside it. */
export interface FieldProblem {
  /** The field's id (RequestField.id). */
  field: string;
  message: string;
}

/** Why a send did not arrive, in terms the visitor can act on. */
export type Failure =
  /** An error answer the browser let us read. */
  | { reason: 'status'; status: number }
  /** 429: the help desk's rate limit. */
  | { reason: 'rate-limited' }
  /** The help desk named what it did not accept: notes for fields, and notes it tied to none. */
  | { reason: 'invalid'; problems: FieldProblem[]; unplaced: string[] }
  /** A success status whose body says it did not accept the request ({ "success": false }). */
  | { reason: 'refused' }
  /** The browser was given no answer to read while online: the help desk answered without CORS headers (Zendesk on 403 and 429), or dropped the connection. */
  | { reason: 'not-accepted' }
  | { reason: 'offline' }
  | { reason: 'timeout'; seconds: number };

export function describeFailure(failure: Failure, { t }: DeliveryWords): string {
  switch (failure.reason) {
    case 'status': {
      // An HTTP code is a code, not a quantity: it is written as the help desk sent it.
      const status = String(failure.status);
      return failure.status >= 500 ? t('contact.failureServer', { status }) : t('contact.failureRefusedStatus', { status });
    }
    case 'rate-limited':
      return t('contact.failureRateLimited');
    case 'invalid':
      return failure.problems.length ? t('contact.failureInvalid') : t('contact.failureInvalidUnplaced', { notes: failure.unplaced.join(' ') });
    case 'refused':
      return t('contact.failureRefusedBody');
    case 'not-accepted':
      return t('contact.failureNotAccepted');
    case 'offline':
      return t('contact.failureOffline');
    case 'timeout':
      return t('contact.failureTimeout', { count: failure.seconds });
  }
}

/**
 * A fetch that threw: our own timeout, a browser that knows it is offline, or else an answer the
 * browser would not show us. fetch gives a TypeError alike for a CORS-blocked answer and a dropped
 * connection, so only navigator.onLine === false is ever called offline.
 */
export function failureOfThrownFetch(options: { timedOut: boolean; online: boolean; timeoutSeconds: number }): Failure {
  if (options.timedOut) return { reason: 'timeout', seconds: options.timeoutSeconds };
  return options.online ? { reason: 'not-accepted' } : { reason: 'offline' };
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const noteOf = (item: unknown): string | undefined => {
  if (typeof item === 'string') return item;
  if (!isRecord(item)) return undefined;
  const note = item.description ?? item.message ?? item.error;
  return typeof note === 'string' ? note : undefined;
};

/** Zendesk's names in `details` for the fields of ours they stand for. */
const ZENDESK_DETAIL_FIELDS: Record<string, string> = {
  requester: 'email',
  email: 'email',
  name: 'name',
  subject: 'subject',
  description: 'description',
  comment: 'description',
  body: 'description',
};

/**
 * Zendesk's 422 `{ "error": "RecordInvalid", "details": { "<field>": [{ "description": … }] } }`:
 * each note against the field it names. Ticket fields are named by id, as `field_key` or in the
 * key itself; a requester note about the name goes to the name, any other to the email.
 */
function zendeskProblems(delivery: Extract<DeliverySettings, { type: 'zendesk' }>, fields: readonly RequestField[], details: Json, { t }: DeliveryWords) {
  const problems: FieldProblem[] = [];
  const unplaced: string[] = [];
  const byTicketField = (id: number) => (id === delivery.typeFieldId ? 'type' : fields.find((f) => f.zendeskFieldId === id)?.id);
  for (const [key, list] of Object.entries(details)) {
    for (const item of Array.isArray(list) ? list : [list]) {
      const note = noteOf(item);
      if (!note) continue;
      const fieldKey = Number((isRecord(item) && item.field_key) ?? /^custom_fields?_?(\d+)$/.exec(key)?.[1]);
      let field = Number.isInteger(fieldKey) && fieldKey > 0 ? byTicketField(fieldKey) : ZENDESK_DETAIL_FIELDS[key];
      if (key === 'requester' && /\bname\b/i.test(note) && !/e-?mail/i.test(note)) field = 'name';
      if (field && fields.some((f) => f.id === field)) problems.push({ field, message: t('contact.fieldRefused', { note }) });
      else unplaced.push(note);
    }
  }
  return { problems, unplaced };
}

/** Formspree's `{ "errors": [{ "field": "email", "message": … }] }`: field names are ours, since we sent them. */
function namedProblems(fields: readonly RequestField[], errors: unknown[], { t }: DeliveryWords) {
  const problems: FieldProblem[] = [];
  const unplaced: string[] = [];
  for (const item of errors) {
    const note = noteOf(item);
    if (!note) continue;
    const field = isRecord(item) && typeof item.field === 'string' ? item.field : undefined;
    if (field && fields.some((f) => f.id === field)) problems.push({ field, message: t('contact.fieldRefused', { note }) });
    else unplaced.push(note);
  }
  return { problems, unplaced };
}

/**
 * Reads an answer the browser let us see. Zendesk returns the new request with its number, an
 * endpoint may return `{ id }` or `{ reference }`. A 2xx status is not enough: a body saying
 * `"success": false` (or `"ok": false`) did not take the request.
 */
export function readReceipt(
  delivery: DeliverySettings,
  fields: readonly RequestField[],
  status: number,
  body: string,
  words: DeliveryWords,
): { ok: true; reference?: string } | { ok: false; failure: Failure } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const record = isRecord(json) ? json : {};
  if (status >= 200 && status <= 299) {
    if (record.success === false || record.ok === false) return { ok: false, failure: { reason: 'refused' } };
    const source = delivery.type === 'zendesk' && isRecord(record.request) ? record.request : record;
    const reference = source.reference ?? source.id;
    return typeof reference === 'string' || typeof reference === 'number' ? { ok: true, reference: String(reference) } : { ok: true };
  }
  if (status === 429) return { ok: false, failure: { reason: 'rate-limited' } };
  const notes = delivery.type === 'zendesk' && isRecord(record.details)
    ? zendeskProblems(delivery, fields, record.details, words)
    : Array.isArray(record.errors) ? namedProblems(fields, record.errors, words) : undefined;
  if (notes && (notes.problems.length || notes.unplaced.length)) return { ok: false, failure: { reason: 'invalid', ...notes } };
  return { ok: false, failure: { reason: 'status', status } };
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
 * name and email, a form service would email the team every vote, and a mailto would open the
 * mail app for a click on "Yes".
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
