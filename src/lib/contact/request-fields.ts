import type { SiteWords } from '../../i18n';
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

export type FieldWords = SiteWords<
  'contact.fieldName' | 'contact.fieldEmail' | 'contact.fieldEmailHint' | 'contact.fieldType' | 'contact.fieldSubject' | 'contact.fieldDescription' | 'contact.fieldDescriptionHint'
>;

/**
 * The form's fields in order: who is asking, what about, then the team's own questions. The form's
 * own fields are labelled in the words' language; the team's are labelled as the settings write them.
 */
export function requestFields(requestTypes: readonly FieldOption[], custom: readonly CustomFieldSettings[], { t }: FieldWords): RequestField[] {
  return [
    { id: 'name', label: t('contact.fieldName'), kind: 'text', required: true, autocomplete: 'name', maxLength: NAME_MAX_LENGTH },
    { id: 'email', label: t('contact.fieldEmail'), kind: 'email', required: true, autocomplete: 'email', hint: t('contact.fieldEmailHint') },
    { id: 'type', label: t('contact.fieldType'), kind: 'select', required: true, options: [...requestTypes] },
    { id: 'subject', label: t('contact.fieldSubject'), kind: 'text', required: true, maxLength: SUBJECT_MAX_LENGTH },
    { id: 'description', label: t('contact.fieldDescription'), kind: 'textarea', required: true, hint: t('contact.fieldDescriptionHint') },
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

/** What the form says beside a field: the browser's script is handed these (src/pages/[...lang]/request.astro). */
export const FIELD_ERROR_MESSAGES = [
  'contact.missingName',
  'contact.missingEmail',
  'contact.missingType',
  'contact.missingSubject',
  'contact.missingDescription',
  'contact.missingCheckbox',
  'contact.missingChoice',
  'contact.missingText',
  'contact.invalidEmail',
  'contact.invalidDate',
  'contact.tooLong',
] as const;
export type FieldErrorWords = SiteWords<(typeof FIELD_ERROR_MESSAGES)[number]>;

/** The form's own fields' messages for being left empty. */
const MISSING = { name: 'contact.missingName', email: 'contact.missingEmail', type: 'contact.missingType', subject: 'contact.missingSubject', description: 'contact.missingDescription' } as const;

/** The message for a required field left empty, in words that say what to do. */
function missing(field: RequestField, { t }: FieldErrorWords): string {
  if (Object.hasOwn(MISSING, field.id)) return t(MISSING[field.id as keyof typeof MISSING]);
  if (field.kind === 'checkbox') return t('contact.missingCheckbox', { label: field.label });
  if (field.kind === 'select') return t('contact.missingChoice', { label: field.label });
  return t('contact.missingText', { label: field.label });
}

/** The problem with one field's value, or undefined when it is fine. */
export function fieldError(field: RequestField, value: string | boolean | undefined, words: FieldErrorWords): string | undefined {
  if (field.kind === 'checkbox') return field.required && value !== true ? missing(field, words) : undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return field.required ? missing(field, words) : undefined;
  if (field.kind === 'email' && !EMAIL.test(text)) return words.t('contact.invalidEmail');
  if (field.kind === 'date' && (!DATE.test(text) || Number.isNaN(Date.parse(text)))) return words.t('contact.invalidDate');
  if (field.kind === 'select' && !field.options?.some((o) => o.value === text)) return missing(field, words);
  if (field.maxLength && text.length > field.maxLength) return words.t('contact.tooLong', { count: field.maxLength, length: text.length });
  return undefined;
}

/** Every field's problem, in form order; an empty list when the request can be sent. */
export function validateRequest(fields: readonly RequestField[], values: RequestValues, words: FieldErrorWords): { field: RequestField; message: string }[] {
  return fields.flatMap((field) => {
    const message = fieldError(field, values[field.id], words);
    return message ? [{ field, message }] : [];
  });
}

/**
 * A field's value as a person reads it: the option's label, "Yes"/"No" for a checkbox. This is
 * for the team (the email or ticket it receives), so it stays in the team's words.
 */
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
