import { z } from 'astro/zod';
import { UrlOrPathSchema } from './shared';

/** The `requestForm:` block of content/settings.yaml: the form's extra fields, its delivery and what the visitor reads after sending. */


/** Names the form uses itself; a custom field cannot take them. */
export const RESERVED_FIELD_IDS = ['name', 'email', 'subject', 'type', 'description', 'website', 'kind'];

const OptionSchema = () =>
  z.union([
    z.string().min(1).transform((s) => ({ value: s, label: s })),
    z.strictObject({
      /** Value sent with the request. */
      value: z.string().min(1),
      /** Text the visitor sees. */
      label: z.string().min(1),
    }),
  ]);

/** An extra field of the request form, shown after the description. */
export function CustomFieldSchema() {
  return z
    .strictObject({
      /** Name the value is sent under, e.g. "workspace". Required. */
      id: z
        .string()
        .regex(/^[a-z][a-zA-Z0-9_]*$/, 'start with a lower-case letter and use letters, digits and "_" only, e.g. "workspace"')
        .refine((id) => !RESERVED_FIELD_IDS.includes(id), { error: `the form uses this name itself; avoid ${RESERVED_FIELD_IDS.join(', ')}` }),
      /** The question the visitor reads. Required. */
      label: z.string().min(1),
      /** text, textarea, select, checkbox or date. Default: "text". */
      type: z.enum(['text', 'textarea', 'select', 'checkbox', 'date']).default('text'),
      /** Whether the form refuses to send without it (a checkbox must then be ticked). Default: false. */
      required: z.boolean().default(false),
      /** A line of help under the field. Default: none. */
      hint: z.string().optional(),
      /** The choices of a select, as text or { value, label }. Required for type select. */
      options: z.array(OptionSchema()).min(1).optional(),
      /** The id of the matching ticket field in Zendesk, to send the value as that field. Default: none (it goes into the description only). */
      zendeskFieldId: z.number().int().positive().optional(),
    })
    .refine((f) => f.type !== 'select' || f.options, { error: 'a select needs `options`', path: ['options'] })
    .refine((f) => f.type === 'select' || !f.options, { error: '`options` only applies to type select', path: ['options'] });
}

export type CustomField = z.output<ReturnType<typeof CustomFieldSchema>>;

/** Where a submitted request goes. */
export function DeliverySchema() {
  return z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        /** Opens the visitor's email app with the request filled in. Works everywhere; nothing confirms it was sent. */
        type: z.literal('mailto'),
        /** The address the email goes to. Default: supportEmail. */
        to: z.email().optional(),
      }),
      z.strictObject({
        /** POSTs the request to an address the team controls: a form service or a serverless function. */
        type: z.literal('endpoint'),
        /** The address to POST to. Required. */
        url: UrlOrPathSchema('https://forms.example.com/f/abc123'),
        /** "json" (application/json) or "form" (application/x-www-form-urlencoded, also what the form sends without JavaScript). Default: "json". */
        format: z.enum(['json', 'form']).default('json'),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: z.number().positive().max(120).default(15),
      }),
      z.strictObject({
        /** Zendesk's Requests API, as anonymous requests (enable "Anyone can submit tickets" in Zendesk). */
        type: z.literal('zendesk'),
        /** Your Zendesk subdomain: "acme" for acme.zendesk.com. Required. */
        subdomain: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'give only the subdomain, e.g. "acme" for acme.zendesk.com'),
        /** The id of a Zendesk ticket field that receives the request type. Default: none (the type goes into the description). */
        typeFieldId: z.number().int().positive().optional(),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: z.number().positive().max(120).default(15),
      }),
    ],
    { error: 'set `type` to mailto, endpoint or zendesk' },
  );
}

export type Delivery = z.output<ReturnType<typeof DeliverySchema>>;

export function RequestFormSchema() {
  return z.strictObject({
    /** How requests reach the team: { type: mailto }, { type: endpoint, url }, or { type: zendesk, subdomain }. Default: mailto to supportEmail. */
    delivery: DeliverySchema().prefault({ type: 'mailto' }),
    /** Extra fields after the description (text, textarea, select, checkbox, date). Default: []. */
    fields: z
      .array(CustomFieldSchema())
      .default([])
      .refine((fields) => new Set(fields.map((f) => f.id)).size === fields.length, { error: 'two custom fields have the same id' }),
    /** What the visitor reads once the request has arrived: what happens next. Default: an answer by email within one business day. */
    confirmation: z
      .string()
      .default('We have your request and will answer by email, usually within one business day. Reply to that email to add anything.'),
    /** Suggest matching articles while the visitor types a subject. Default: true. */
    suggestions: z.boolean().default(true),
  });
}

export type RequestFormSettings = z.output<ReturnType<typeof RequestFormSchema>>;
