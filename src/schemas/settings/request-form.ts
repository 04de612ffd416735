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

const TIMEOUT = () => z.number().positive().max(120).default(15);
const FORM_ID = (service: string, example: string) =>
  z.string().regex(/^[A-Za-z0-9_-]+$/, `give only the form's id from ${service}, e.g. "${example}"`);

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
        timeoutSeconds: TIMEOUT(),
      }),
      z.strictObject({
        /** Zendesk's Requests API, as anonymous requests (Admin Center > People > Configuration > End users: "Anybody can submit tickets"). */
        type: z.literal('zendesk'),
        /** Your Zendesk subdomain: "acme" for acme.zendesk.com. Required. */
        subdomain: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'give only the subdomain, e.g. "acme" for acme.zendesk.com'),
        /** The id of a Zendesk ticket field that receives the request type. Default: none (the type goes into the description). */
        typeFieldId: z.number().int().positive().optional(),
        /**
         * Where the request is POSTed instead of Zendesk itself: a proxy of your own that passes it on
         * unchanged (and can add the CORS headers Zendesk leaves off its error answers), or a stand-in
         * in tests. Default: https://<subdomain>.zendesk.com/api/v2/requests.json.
         */
        url: UrlOrPathSchema('https://help-proxy.example.com/api/v2/requests.json').optional(),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: TIMEOUT(),
      }),
      z.strictObject({
        /** Formspree: the request as JSON to https://formspree.io/f/<formId>, its spam trap named `_gotcha`. */
        type: z.literal('formspree'),
        /** The form's id, the end of its endpoint (https://formspree.io/f/<formId>). Required. */
        formId: FORM_ID('Formspree', 'xyzabcde'),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: TIMEOUT(),
      }),
      z.strictObject({
        /** Basin: the request form-encoded to https://usebasin.com/f/<formId>, its spam trap named `_gotcha`. */
        type: z.literal('basin'),
        /** The form's id, the end of its endpoint (https://usebasin.com/f/<formId>). Required. */
        formId: FORM_ID('Basin', 'abc123def456'),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: TIMEOUT(),
      }),
      z.strictObject({
        /** Netlify Forms, for a site deployed on Netlify with form detection on: the page's own form, form-encoded, with `form-name`. */
        type: z.literal('netlify'),
        /** The form's name as Netlify lists it (Forms in the Netlify UI); letters, digits, "-" and "_". Default: "request". */
        formName: z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "-" and "_" only, e.g. "request"').default('request'),
        /** Seconds to wait for an answer before telling the visitor it failed. Default: 15. */
        timeoutSeconds: TIMEOUT(),
      }),
    ],
    { error: 'set `type` to mailto, endpoint, zendesk, formspree, basin or netlify' },
  );
}

export type Delivery = z.output<ReturnType<typeof DeliverySchema>>;

export function RequestFormSchema() {
  return z.strictObject({
    /** How requests reach the team: { type: mailto }, { type: endpoint, url }, { type: zendesk, subdomain }, or a form service: { type: formspree, formId }, { type: basin, formId }, { type: netlify }. Default: mailto to supportEmail. */
    delivery: DeliverySchema().prefault({ type: 'mailto' }),
    /** Extra fields after the description (text, textarea, select, checkbox, date). Default: []. */
    fields: z
      .array(CustomFieldSchema())
      .default([])
      .refine((fields) => new Set(fields.map((f) => f.id)).size === fields.length, { error: 'two custom fields have the same id' }),
    /**
     * What the visitor reads once the request has arrived: what happens next. Default: what the delivery
     * really does (with Zendesk, that an email may first ask them to confirm their address), then an
     * answer by email within one business day (src/lib/contact/request-delivery.ts, CONFIRMATIONS).
     */
    confirmation: z.string().min(1).optional(),
    /** Suggest matching articles while the visitor types a subject. Default: true. */
    suggestions: z.boolean().default(true),
  });
}

export type RequestFormSettings = z.output<ReturnType<typeof RequestFormSchema>>;
