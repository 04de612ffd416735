import { z } from 'astro/zod';
import {
  isCalendarDay,
  isTimeZone,
  parseDays,
  parseHoursRange,
  type Closure,
  type HoursRule,
  type Schedule,
} from '../../lib/contact/support-hours';

/**
 * The contact settings in content/settings.yaml: the launcher and its chat provider, support
 * hours, and the request form with its delivery. Referenced from settings-schema.ts; each
 * schema is a function so that every caller gets a fresh one.
 */

/** The channels that can have support hours. */
export const CHANNELS = ['chat', 'requests', 'screenShare'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A site-relative path ("/api/request") or a full http(s) address. */
function UrlOrPathSchema(example: string) {
  return z.string().refine((v) => v.startsWith('/') ? !v.startsWith('//') : /^https?:\/\/[^/\s]+/.test(v), {
    error: `give a full address or a path on this site, e.g. ${example}`,
  });
}

// ---------------------------------------------------------------------------------------------
// Support hours

const CalendarDay = () => z.string().refine(isCalendarDay, 'write a real calendar day as YYYY-MM-DD, e.g. 2026-12-25');

/** One line of a weekly schedule, e.g. `{ days: mon-thu, hours: "06:00-24:00" }`. */
export function HoursRuleSchema() {
  return z
    .strictObject({
      /** Days, as a range ("mon-fri"), a list ("sat, sun" or [sat, sun]) or one day. Required. */
      days: z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
        const days = parseDays(value);
        if (typeof days === 'string') {
          ctx.addIssue({ code: 'custom', message: days });
          return z.NEVER;
        }
        return days;
      }),
      /** Opening and closing time in 24-hour time in the team's zone, e.g. "06:00-24:00"; "22:00-02:00" runs past midnight. Required. */
      hours: z.string().transform((value, ctx) => {
        const range = parseHoursRange(value);
        if (typeof range === 'string') {
          ctx.addIssue({ code: 'custom', message: range });
          return z.NEVER;
        }
        return range;
      }),
    })
    .transform(({ days, hours }): HoursRule => ({ days, open: hours.open, close: hours.close }));
}

/** A day or days off, e.g. `{ date: 2026-12-25, name: Christmas Day }`. */
export function ClosureSchema() {
  return z
    .strictObject({
      /** The (first) closed day, YYYY-MM-DD, in the team's zone. Required. */
      date: CalendarDay(),
      /** The last closed day of a longer closure, YYYY-MM-DD. Default: the same as `date`. */
      to: CalendarDay().optional(),
      /** What the day is, shown to visitors, e.g. "Thanksgiving Day". Required. */
      name: z.string().min(1),
      /** Which channels close. Default: all of them. */
      channels: z.array(z.enum(CHANNELS)).optional(),
    })
    .refine((c) => !c.to || c.to >= c.date, { error: '`to` must be the same day as `date` or later', path: ['to'] });
}

/** When the team answers, per channel, in one IANA time zone. */
export function SupportHoursSchema() {
  return z
    .strictObject({
      /** The team's IANA time zone, e.g. "America/Los_Angeles"; every time below is in it. Default: "UTC". */
      timeZone: z
        .string()
        .refine(isTimeZone, { error: 'use an IANA time zone name such as "America/Los_Angeles" or "Europe/Berlin"' })
        .default('UTC'),
      /** Weekly hours of live chat. Default: none (no hours shown for chat). */
      chat: z.array(HoursRuleSchema()).optional(),
      /** Weekly hours in which requests and emails are answered. Default: none. */
      requests: z.array(HoursRuleSchema()).optional(),
      /** Weekly hours of scheduled screen shares. Default: none. */
      screenShare: z.array(HoursRuleSchema()).optional(),
      /** Holidays and other days off, for all channels unless `channels` says otherwise. Default: []. */
      closures: z.array(ClosureSchema()).default([]),
    });
}

export type SupportHoursSettings = z.output<ReturnType<typeof SupportHoursSchema>>;

/** The closures that apply to one channel, in the shape src/lib/support-hours.ts reads. */
export function closuresFor(hours: SupportHoursSettings, channel: Channel): Closure[] {
  return hours.closures
    .filter((c) => !c.channels || c.channels.includes(channel))
    .map((c) => ({ from: c.date, to: c.to ?? c.date, name: c.name }));
}

// ---------------------------------------------------------------------------------------------
// Chat launcher

const PUBLIC_ID = (what: string) => z.string().min(1, `give the ${what}`).regex(/^[\w.:-]+$/, `the ${what} holds letters, digits, "-", "_", "." or ":" only`);

/** The chat provider behind the launcher. Every key here is public: it ends up in the page. */
export function ChatProviderSchema() {
  return z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        /** Zendesk's messaging Web Widget. */
        type: z.literal('zendesk'),
        /** The key from the widget's snippet (…/snippet.js?key=<key>). Required. */
        key: PUBLIC_ID('widget key'),
      }),
      z.strictObject({
        /** Intercom Messenger. */
        type: z.literal('intercom'),
        /** The workspace's app id. Required. */
        appId: PUBLIC_ID('app id'),
        /** The API region: https://api-iam.intercom.io (US), https://api-iam.eu.intercom.io or https://api-iam.au.intercom.io. Default: US. */
        apiBase: z.url({ protocol: /^https$/, error: 'give the https:// address of Intercom\'s API region, e.g. https://api-iam.eu.intercom.io' }).default('https://api-iam.intercom.io'),
      }),
      z.strictObject({
        /** Crisp chat. */
        type: z.literal('crisp'),
        /** The website id from Crisp's settings. Required. */
        websiteId: PUBLIC_ID('website id'),
      }),
      z.strictObject({
        /** Help Scout Beacon. */
        type: z.literal('helpscout'),
        /** The Beacon id. Required. */
        beaconId: PUBLIC_ID('Beacon id'),
      }),
      z.strictObject({
        /** Chatwoot, hosted or self-hosted. */
        type: z.literal('chatwoot'),
        /** The Chatwoot installation, e.g. https://app.chatwoot.com. Required. */
        baseUrl: z.url({ protocol: /^https?$/, error: 'give the Chatwoot address, e.g. https://app.chatwoot.com' }),
        /** The website inbox's token. Required. */
        websiteToken: PUBLIC_ID('website token'),
      }),
      z.strictObject({
        /** Any other widget: a script and the global function that opens it. */
        type: z.literal('custom'),
        /** The widget's script. Required. */
        scriptUrl: UrlOrPathSchema('https://chat.example.com/widget.js'),
        /** The global function that opens the widget, as a dotted path, e.g. "Tawk_API.maximize". Required. */
        open: z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'write the function as a dotted path such as "MyChat.open"'),
        /** Arguments passed to that function. Default: []. */
        args: z.array(z.union([z.string(), z.number(), z.boolean()])).default([]),
        /** Further origins the widget loads from once it runs (its API, frames, images), e.g. ["https://api.chat.example.com", "wss://chat.example.com"]; they join the Content-Security-Policy. Default: [] (only the script's own origin). */
        cspSources: z.array(z.string().regex(/^(?:https|wss):\/\/(?:\*\.)?[a-z0-9.-]+(?::\d+)?$/i, 'give an origin such as "https://api.chat.example.com" or "wss://chat.example.com", with no path')).default([]),
      }),
    ],
    { error: 'set `type` to zendesk, intercom, crisp, helpscout, chatwoot or custom' },
  );
}

export type ChatProvider = z.output<ReturnType<typeof ChatProviderSchema>>;

/** The launcher on every page. */
export function ChatSettingsSchema() {
  return z.strictObject({
    /** Text of the launcher button. Default: "Contact us". */
    label: z.string().min(1).default('Contact us'),
    /** The corner the launcher sits in. Default: "right". */
    position: z.enum(['right', 'left']).default('right'),
    /** The chat provider; without one the launcher opens the built-in contact panel. Default: none. */
    provider: ChatProviderSchema().optional(),
    /** When the provider's script is fetched: on "click" only, or ahead of it on "hover" (or keyboard focus) or when the browser is "idle". It runs only on click. Default: "click". */
    loadOn: z.enum(['click', 'hover', 'idle']).default('click'),
    /** Seconds to wait for the chat to open before offering the request form and email instead. Default: 10. */
    timeoutSeconds: z.number().positive().max(60).default(10),
  });
}

export type ChatSettings = z.output<ReturnType<typeof ChatSettingsSchema>>;

// ---------------------------------------------------------------------------------------------
// Request form

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

// ---------------------------------------------------------------------------------------------
// Reading the settings

/** What visitors call each channel. */
export const CHANNEL_LABELS: Record<Channel, string> = { chat: 'Live chat', requests: 'Requests', screenShare: 'Screen share' };

/** A channel's weekly hours and closures, or undefined when the settings give it no hours. */
export function scheduleFor(hours: SupportHoursSettings, channel: Channel): Schedule | undefined {
  const rules = hours[channel];
  return rules ? { timeZone: hours.timeZone, rules, closures: closuresFor(hours, channel) } : undefined;
}

/** Every channel that has hours, as the browser needs them for "Online now": closures without their names. */
export function statusSchedules(hours: SupportHoursSettings): Partial<Record<Channel, Schedule>> {
  return Object.fromEntries(CHANNELS.flatMap((c) => {
    const schedule = scheduleFor(hours, c);
    return schedule ? [[c, { ...schedule, closures: schedule.closures.map(({ from, to }) => ({ from, to })) }]] : [];
  }));
}

/**
 * The channel whose "Online now" the launcher shows: chat when a chat provider answers the
 * launcher, otherwise requests (the built-in panel leads to the request form).
 */
export function launcherChannel(chat: ChatSettings, hours: SupportHoursSettings): Channel | undefined {
  if (chat.provider && hours.chat) return 'chat';
  if (hours.requests) return 'requests';
  return undefined;
}
