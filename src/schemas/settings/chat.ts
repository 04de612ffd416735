import { z } from 'astro/zod';
import { UrlOrPathSchema } from './shared';

/** The `chat:` block of content/settings.yaml: the launcher on every page and the chat provider behind it. */


const PUBLIC_ID = (what: string) => z.string().min(1, `give the ${what}`).regex(/^[\w.:-]+$/, `the ${what} holds letters, digits, "-", "_", "." or ":" only`);

/**
 * Where a vendor's script comes from when it is not the vendor's own address: a stand-in that
 * behaves as the vendor documents, on this site or over https (the contact tests use one). A
 * plain-http address would let anyone on the visitor's network swap the script.
 */
const StandInScriptSchema = () =>
  z.string().refine((v) => (v.startsWith('/') ? !v.startsWith('//') : /^https:\/\/[^/\s]+/.test(v)), {
    error: 'give a path on this site or an https:// address, e.g. /stand-ins/chat.js',
  });

/** Documented on every vendor: the default is the vendor's own script. */
const scriptUrl = () => StandInScriptSchema().optional();

/** The chat provider behind the launcher. Every key here is public: it ends up in the page. */
export function ChatProviderSchema() {
  return z.discriminatedUnion(
    'type',
    [
      z.strictObject({
        /** Zendesk's Web Widget: the messaging one, or Web Widget (Classic). */
        type: z.literal('zendesk'),
        /** The key from the widget's snippet (…/snippet.js?key=<key>). Required. */
        key: PUBLIC_ID('widget key'),
        /**
         * Which widget the key belongs to: "messaging" (Admin Center > Channels > Messaging and social > Messaging)
         * or "classic" (Web Widget (Classic), Admin Center > Channels > Classic > Web Widget). They answer to
         * different commands, so a Classic key set up as messaging never opens. Default: "messaging".
         */
        widget: z.enum(['messaging', 'classic'], { error: 'set `widget` to "messaging" or "classic" (Web Widget (Classic))' }).default('messaging'),
        /** The widget's script, for a stand-in only. Default: https://static.zdassets.com/ekr/snippet.js?key=<key>. */
        scriptUrl: scriptUrl(),
      }),
      z.strictObject({
        /** Intercom Messenger. */
        type: z.literal('intercom'),
        /** The workspace's app id. Required. */
        appId: PUBLIC_ID('app id'),
        /** The API region: https://api-iam.intercom.io (US), https://api-iam.eu.intercom.io or https://api-iam.au.intercom.io. Default: US. */
        apiBase: z.url({ protocol: /^https$/, error: 'give the https:// address of Intercom\'s API region, e.g. https://api-iam.eu.intercom.io' }).default('https://api-iam.intercom.io'),
        /** The Messenger's script, for a stand-in only. Default: https://widget.intercom.io/widget/<appId>. */
        scriptUrl: scriptUrl(),
      }),
      z.strictObject({
        /** Crisp chat. */
        type: z.literal('crisp'),
        /** The website id from Crisp's settings. Required. */
        websiteId: PUBLIC_ID('website id'),
        /** The chatbox's script, for a stand-in only. Default: https://client.crisp.chat/l.js. */
        scriptUrl: scriptUrl(),
      }),
      z.strictObject({
        /** Help Scout Beacon. */
        type: z.literal('helpscout'),
        /** The Beacon id. Required. */
        beaconId: PUBLIC_ID('Beacon id'),
        /** The Beacon's script, for a stand-in only. Default: https://beacon-v2.helpscout.net. */
        scriptUrl: scriptUrl(),
      }),
      z.strictObject({
        /** Chatwoot, hosted or self-hosted. */
        type: z.literal('chatwoot'),
        /** The Chatwoot installation, e.g. https://app.chatwoot.com. Required. */
        baseUrl: z.url({ protocol: /^https?$/, error: 'give the Chatwoot address, e.g. https://app.chatwoot.com' }),
        /** The website inbox's token. Required. */
        websiteToken: PUBLIC_ID('website token'),
        /** The SDK's script, for a stand-in only. Default: <baseUrl>/packs/js/sdk.js. */
        scriptUrl: scriptUrl(),
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
    /** Text of the launcher button. Default: "Chat with us" with a chat provider, "Contact us" without. */
    label: z.string().min(1).optional(),
    /** The corner the launcher sits in; the provider's widget is asked to open in the same one. Default: "right". */
    position: z.enum(['right', 'left']).default('right'),
    /** The chat provider; without one the launcher opens the built-in contact panel. Default: none. */
    provider: ChatProviderSchema().optional(),
    /**
     * When the provider's script is fetched: only when the visitor clicks the launcher, so that no
     * page asks the vendor for anything before the visitor does. The only value; kept so that a
     * settings file that names it reads. Default: "click".
     */
    loadOn: z.literal('click', { error: 'the chat\'s script loads only when the visitor clicks the launcher: fetching it on hover or when the browser is idle would contact the vendor before the visitor asked; remove loadOn' }).default('click'),
    /**
     * Seconds the whole hand-over may take, from the click until the provider says its window is open
     * (script, start-up and opening together). Past it the provider is shut down and the request form and
     * email are offered instead. Default: 10.
     */
    timeoutSeconds: z.number().positive().max(60).default(10),
  });
}

export type ChatSettings = z.output<ReturnType<typeof ChatSettingsSchema>>;
