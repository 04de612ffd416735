import type { SiteMessageKey } from '../../i18n';
import {
  DELIVERY_MESSAGES,
  describeFailure,
  failureOfThrownFetch,
  planRequest,
  readReceipt,
  requestMailto,
  type DeliverySettings,
  type DeliveryWords,
  type Failure,
  type HttpPlan,
} from '../../lib/contact/request-delivery';
import { FIELD_ERROR_MESSAGES, fieldElementId, fieldError, prefillFromQuery, validateRequest, type RequestField, type RequestValues } from '../../lib/contact/request-fields';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';
import { clearDraft, loadDraft, saveDraft } from './request-draft';
import { sendByEmail } from './request-mailto';
import { SUGGESTION_MESSAGES, setUpSuggestions } from './request-suggestions';

/** What the script writes: field errors, why a send failed, "Sending…" and the suggestions' count. */
export const REQUEST_FORM_MESSAGES = [...FIELD_ERROR_MESSAGES, ...DELIVERY_MESSAGES, ...SUGGESTION_MESSAGES, 'contact.sending'] as const satisfies readonly SiteMessageKey[];

/**
 * The request form in the browser. Its promise: no word is ever lost. The draft is saved as the
 * visitor types and restored on the next visit; a failed send keeps every character, says what
 * happened and offers a retry or the same request by email; only a confirmed arrival clears it.
 * Values go into the request body only, never into a URL or the console.
 */
export interface RequestFormConfig {
  fields: RequestField[];
  delivery: DeliverySettings;
  supportEmail: string;
  suggestions: boolean;
  /** What the visitor reads once the request has arrived, for this delivery (confirmationFor). */
  confirmation: string;
  /** The page's language, sent with the request (on a site of several languages). */
  locale?: string;
  /** What the script writes, in the page's language (REQUEST_FORM_MESSAGES). */
  words: ScriptMessages<(typeof REQUEST_FORM_MESSAGES)[number]>;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Outcome = { ok: true; reference?: string } | { ok: false; failure: Failure };

/** Sends an HTTP plan; a timeout aborts it. The answer is read by readReceipt, a thrown fetch by failureOfThrownFetch. */
async function send(plan: HttpPlan, config: RequestFormConfig, words: DeliveryWords): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), plan.timeoutMs);
  try {
    const response = await fetch(plan.url, { method: plan.method, headers: plan.headers, body: plan.body, signal: controller.signal });
    return readReceipt(config.delivery, config.fields, response.status, await response.text(), words);
  } catch {
    return { ok: false, failure: failureOfThrownFetch({ timedOut: controller.signal.aborted, online: navigator.onLine, timeoutSeconds: plan.timeoutMs / 1000 }) };
  } finally {
    clearTimeout(timer);
  }
}

export function setUpRequestForm(root: Document, config: RequestFormConfig): void {
  const form = root.querySelector<HTMLFormElement>('[data-request-form]');
  const submitButton = root.querySelector<HTMLButtonElement>('[data-request-submit]');
  const restored = root.querySelector<HTMLElement>('[data-request-restored]');
  const failure = root.querySelector<HTMLElement>('[data-request-failure]');
  const success = root.querySelector<HTMLElement>('[data-request-success]');
  const honeypot = root.querySelector<HTMLInputElement>('#request-website');
  if (!form || !submitButton || !restored || !failure || !success || !honeypot) return;
  // Our messages beside each field replace the browser's bubbles; without this script the browser's own checks apply.
  form.noValidate = true;
  const words = wordsFrom(config.words);

  const control = (f: RequestField) => root.getElementById(fieldElementId(f)) as Control;
  const isCheckbox = (el: Control): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'checkbox';
  const read = (): RequestValues =>
    Object.fromEntries(config.fields.map((f) => {
      const el = control(f);
      return [f.id, isCheckbox(el) ? el.checked : el.value];
    }));
  const write = (values: RequestValues) => {
    for (const f of config.fields) {
      const value = values[f.id];
      if (value === undefined) continue;
      const el = control(f);
      if (isCheckbox(el)) el.checked = value === true;
      else el.value = String(value);
    }
  };
  const showError = (f: RequestField, message: string | undefined) => {
    const el = control(f);
    const error = root.getElementById(`${fieldElementId(f)}-error`);
    if (message) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
    if (error) {
      error.textContent = message ?? '';
      error.hidden = !message;
    }
  };

  // What the visitor wrote before wins over what a link fills in: a link must never overwrite a draft.
  const draft = loadDraft();
  if (draft) {
    write(draft);
    restored.hidden = false;
  }
  const current = read();
  write(Object.fromEntries(Object.entries(prefillFromQuery(config.fields, new URLSearchParams(window.location.search))).filter(([id]) => !current[id])));

  const onEdit = (event: Event) => {
    saveDraft(read());
    // A field that was marked wrong is checked again as it is corrected, so its message goes away.
    const field = config.fields.find((f) => control(f) === event.target);
    if (field && control(field).getAttribute('aria-invalid') === 'true') showError(field, fieldError(field, read()[field.id], words));
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);

  root.querySelector('[data-request-discard]')?.addEventListener('click', () => {
    clearDraft();
    form.reset();
    for (const f of config.fields) showError(f, undefined);
    restored.hidden = true;
    control(config.fields[0]!).focus();
  });
  root.querySelector('[data-request-sent]')?.addEventListener('click', () => {
    clearDraft();
    form.reset();
    root.querySelector<HTMLElement>('[data-request-status]')!.hidden = true;
    restored.hidden = true;
    control(config.fields[0]!).focus();
  });

  const restingLabel = submitButton.textContent ?? '';
  let sending = false;
  const setSending = (on: boolean) => {
    sending = on;
    submitButton.setAttribute('aria-disabled', String(on));
    submitButton.textContent = on ? words.t('contact.sending') : restingLabel;
  };

  const showSuccess = (reference?: string) => {
    form.hidden = true;
    restored.hidden = true;
    success.querySelector('[data-request-confirmation]')!.textContent = config.confirmation;
    const number = success.querySelector<HTMLElement>('[data-request-reference]');
    if (number && reference) {
      number.querySelector('strong')!.textContent = reference;
      number.hidden = false;
    }
    success.hidden = false;
    success.focus();
  };

  const showFailure = (why: Failure, values: RequestValues) => {
    failure.querySelector('[data-request-failure-reason]')!.textContent = describeFailure(why, words);
    failure.querySelector<HTMLAnchorElement>('[data-request-email-instead]')!.href = requestMailto(config.supportEmail, config.fields, values);
    failure.hidden = false;
    // The help desk's notes go beside the fields they are about; focus goes to the first of them.
    const problems = why.reason === 'invalid' ? why.problems : [];
    const noted = config.fields.filter((f) => problems.some((p) => p.field === f.id));
    for (const f of noted) showError(f, problems.filter((p) => p.field === f.id).map((p) => p.message).join(' '));
    if (noted[0]) control(noted[0]).focus();
    else failure.querySelector<HTMLButtonElement>('[data-request-retry]')!.focus();
  };

  const submit = async () => {
    if (sending) return;
    failure.hidden = true;
    const values = read();
    const problems = validateRequest(config.fields, values, words);
    for (const f of config.fields) showError(f, problems.find((p) => p.field === f)?.message);
    if (problems.length) {
      control(problems[0]!.field).focus();
      return;
    }
    // Only a bot fills the hidden field: it is told "sent" and nothing goes anywhere.
    if (honeypot.value) {
      clearDraft();
      showSuccess();
      return;
    }
    const plan = planRequest(config.delivery, config.fields, values, config.supportEmail, config.locale);
    if (plan.kind === 'mailto') {
      sendByEmail(root, plan.url);
      return;
    }
    setSending(true);
    const outcome = await send(plan, config, words);
    setSending(false);
    if (outcome.ok) {
      clearDraft();
      form.reset();
      showSuccess(outcome.reference);
    } else {
      showFailure(outcome.failure, values);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  failure.querySelector('[data-request-retry]')?.addEventListener('click', () => void submit());

  const subject = config.fields.find((f) => f.id === 'subject');
  const suggestions = root.querySelector<HTMLElement>('[data-request-suggestions]');
  if (config.suggestions && subject && suggestions) setUpSuggestions(control(subject) as HTMLInputElement, suggestions, words);
}
