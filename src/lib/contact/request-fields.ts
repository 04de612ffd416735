import type { CustomField } from '../../schemas/settings/request-form';

/**
 * The fields of the request form, built from the settings, and what a visitor typed into them:
 * validation with a message per field, and a readable summary for emails and ticket bodies.
 * The page renders the fields from this list and the browser validates with the same code.
 */

export type FieldKind = 'text' | 'email' | 'textarea' | 'select' | 'checkbox' | 'date';

export interface FieldOption {
  value: string;
  label: string;
}

export interface RequestField {
  /** The name the value is sent under; also the end of the element id ("request-<id>"). */
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  hint?: string;
  options?: FieldOption[];
  /** The browser's autofill token, for name and email. */
  autocomplete?: string;
  maxLength?: number;
  /** The id of the matching Zendesk ticket field. */
  zendeskFieldId?: number;
}

/** What the visitor entered: text for most fields, true/false for a checkbox. */
export type RequestValues = Record<string, string | boolean>;

/** A custom field as the settings give it (src/schemas/settings/request-form.ts). */
export type CustomFieldSettings = CustomField;

/** Long enough for any real subject, short enough to fit a ticket list and an email subject line. */
export const SUBJECT_MAX_LENGTH = 150;
const NAME_MAX_LENGTH = 200;

/** The form's fields in order: who is asking, what about, then the team's own questions. */
export function requestFields(requestTypes: readonly FieldOption[], custom: readonly CustomFieldSettings[]): RequestField[] {
  return [
    { id: 'name', label: 'Your name', kind: 'text', required: true, autocomplete: 'name', maxLength: NAME_MAX_LENGTH },
    { id: 'email', label: 'Your email address', kind: 'email', required: true, autocomplete: 'email', hint: 'We answer by email.' },
    { id: 'type', label: 'What is your request about?', kind: 'select', required: true, options: [...requestTypes] },
    { id: 'subject', label: 'Subject', kind: 'text', required: true, maxLength: SUBJECT_MAX_LENGTH },
    {
      id: 'description',
      label: 'Description',
      kind: 'textarea',
      required: true,
      hint: 'What happened, what you expected, and any error message you saw.',
    },
    ...custom.map((f): RequestField => ({
      id: f.id,
      label: f.label,
      kind: f.type,
      required: f.required,
      hint: f.hint,
      options: f.options,
      zendeskFieldId: f.zendeskFieldId,
    })),
  ];
}

/** The id of a field's element on the page. */
export const fieldElementId = (field: Pick<RequestField, 'id'>) => `request-${field.id}`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The message for a required field left empty, in words that say what to do. */
function missing(field: RequestField): string {
  switch (field.id) {
    case 'name': return 'Enter your name.';
    case 'email': return 'Enter your email address, so that we can answer you.';
    case 'type': return 'Choose what your request is about.';
    case 'subject': return 'Enter a subject: a few words about your request.';
    case 'description': return 'Describe what you need help with.';
  }
  if (field.kind === 'checkbox') return `Tick “${field.label}” to continue.`;
  if (field.kind === 'select') return `Choose an answer for “${field.label}”.`;
  return `Fill in “${field.label}”.`;
}

/** The problem with one field's value, or undefined when it is fine. */
export function fieldError(field: RequestField, value: string | boolean | undefined): string | undefined {
  if (field.kind === 'checkbox') return field.required && value !== true ? missing(field) : undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return field.required ? missing(field) : undefined;
  if (field.kind === 'email' && !EMAIL.test(text)) return 'Enter an email address like name@example.com.';
  if (field.kind === 'date' && (!DATE.test(text) || Number.isNaN(Date.parse(text)))) return 'Enter a date, e.g. 2026-03-14.';
  if (field.kind === 'select' && !field.options?.some((o) => o.value === text)) return missing(field);
  if (field.maxLength && text.length > field.maxLength) return `Keep this under ${field.maxLength} characters (it has ${text.length}).`;
  return undefined;
}

/** Every field's problem, in form order; an empty list when the request can be sent. */
export function validateRequest(fields: readonly RequestField[], values: RequestValues): { field: RequestField; message: string }[] {
  return fields.flatMap((field) => {
    const message = fieldError(field, values[field.id]);
    return message ? [{ field, message }] : [];
  });
}

/** A field's value as a person reads it: the option's label, "Yes"/"No" for a checkbox. */
export function displayValue(field: RequestField, value: string | boolean | undefined): string {
  if (field.kind === 'checkbox') return value === true ? 'Yes' : 'No';
  const text = typeof value === 'string' ? value : '';
  if (field.kind === 'select') return field.options?.find((o) => o.value === text)?.label ?? text;
  return text;
}

/** Label and readable value of every field, in form order, for an email or a ticket body. */
export function summarize(fields: readonly RequestField[], values: RequestValues): { label: string; value: string }[] {
  return fields.map((f) => ({ label: f.label, value: displayValue(f, values[f.id]) }));
}

/**
 * Values a link may fill in: `?subject=` and `?type=` (the Q&A "ask" link uses them). Never
 * anything personal: a name or email in a URL would end up in server logs and browser history.
 */
export function prefillFromQuery(fields: readonly RequestField[], query: URLSearchParams): RequestValues {
  const values: RequestValues = {};
  const subject = query.get('subject')?.trim();
  if (subject) values.subject = subject.slice(0, SUBJECT_MAX_LENGTH);
  const type = query.get('type');
  if (type && fields.find((f) => f.id === 'type')?.options?.some((o) => o.value === type)) values.type = type;
  return values;
}
