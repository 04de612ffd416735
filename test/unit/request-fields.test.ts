import { translatorFor } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import { displayValue, prefillFromQuery, requestFields, summarize, validateRequest, type RequestValues } from '../../src/lib/contact/request-fields';

const en = translatorFor('en');

const TYPES = [
  { value: 'question', label: 'A question about using the product' },
  { value: 'billing', label: 'Billing or my subscription' },
];
const fields = requestFields(TYPES, [
  { id: 'workspace', label: 'Workspace name', type: 'text', required: false },
  { id: 'platform', label: 'Where did it happen?', type: 'select', required: true, options: [{ value: 'web', label: 'Web app' }] },
  { id: 'consent', label: 'You may look at my workspace', type: 'checkbox', required: true },
  { id: 'since', label: 'Since when?', type: 'date', required: false },
], en);

const complete: RequestValues = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  type: 'billing',
  subject: 'Invoice total is wrong',
  description: 'The total misses the tax.',
  workspace: '',
  platform: 'web',
  consent: true,
  since: '',
};

describe('the request form\'s fields', () => {
  it('ask who, what about, then the team\'s own questions, in that order', () => {
    expect(fields.map((f) => f.id)).toEqual(['name', 'email', 'type', 'subject', 'description', 'workspace', 'platform', 'consent', 'since']);
    expect(fields.find((f) => f.id === 'email')).toMatchObject({ kind: 'email', required: true, autocomplete: 'email' });
    expect(fields.find((f) => f.id === 'type')?.options).toEqual(TYPES);
  });
});

describe('validateRequest', () => {
  it('accepts a complete request', () => {
    expect(validateRequest(fields, complete, en)).toEqual([]);
  });

  it('names every missing required field in form order, with what to do', () => {
    const problems = validateRequest(fields, { ...complete, name: '  ', type: '', description: '', platform: '', consent: false }, en);
    expect(problems.map((p) => [p.field.id, p.message])).toEqual([
      ['name', 'Enter your name.'],
      ['type', 'Choose what your request is about.'],
      ['description', 'Describe what you need help with.'],
      ['platform', 'Choose an answer for “Where did it happen?”.'],
      ['consent', 'Tick “You may look at my workspace” to continue.'],
    ]);
  });

  it('rejects an email address without a domain, a type that is not offered, a bad date and a long subject', () => {
    const problems = validateRequest(fields, { ...complete, email: 'ada@example', type: 'refund', since: '14/03/2026', subject: 'x'.repeat(151) }, en);
    expect(Object.fromEntries(problems.map((p) => [p.field.id, p.message]))).toEqual({
      email: 'Enter an email address like name@example.com.',
      type: 'Choose what your request is about.',
      subject: 'Keep this under 150 characters (it has 151).',
      since: 'Enter a date, e.g. 2026-03-14.',
    });
  });
});

describe('a readable summary', () => {
  it('shows option labels and Yes/No instead of values', () => {
    expect(displayValue(fields[2]!, 'billing')).toBe('Billing or my subscription');
    expect(summarize(fields, complete).filter((f) => ['type', 'platform', 'consent'].some((id) => f.label === fields.find((x) => x.id === id)?.label))).toEqual([
      { label: 'What is your request about?', value: 'Billing or my subscription' },
      { label: 'Where did it happen?', value: 'Web app' },
      { label: 'You may look at my workspace', value: 'Yes' },
    ]);
  });
});

describe('prefillFromQuery', () => {
  it('fills the subject and a known type from the link', () => {
    expect(prefillFromQuery(fields, new URLSearchParams('subject=Can+I+export+to+CSV%3F&type=question'))).toEqual({ subject: 'Can I export to CSV?', type: 'question' });
  });

  it('ignores an unknown type and anything personal', () => {
    expect(prefillFromQuery(fields, new URLSearchParams('type=refund&email=ada@example.com&name=Ada'))).toEqual({});
  });
});
