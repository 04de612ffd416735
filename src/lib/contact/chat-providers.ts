import type { ChatProvider } from '../../schemas/settings/chat';

/**
 * One small adapter per chat provider: the single script its widget needs, the globals its own
 * snippet would set up before that script runs, and the call that opens the widget. The facade
 * (src/scripts/chat-facade.ts) runs an adapter only after the visitor clicks the launcher.
 *
 * Adapters touch only the globals object they are given (window in the browser, a plain object
 * in tests), so each one can be checked without a browser or the vendor's code.
 */

/**
 * A provider as the browser receives it: the settings' own type (src/schemas/settings/chat.ts),
 * without a custom provider's CSP sources, which went into the page's policy instead.
 */
export type ChatProviderConfig = ChatProvider extends infer P ? (P extends { type: 'custom' } ? Omit<P, 'cspSources'> : P) : never;

/** The page's global object as the vendors' scripts see it. */
// `any`: vendor globals have no types we could name.
export type Globals = Record<string, any>;

export interface ChatAdapter {
  /** The one script the widget needs. */
  scriptUrl: string;
  /** An id the vendor's code looks for on its own script element (Zendesk reads its key from #ze-snippet). */
  scriptId?: string;
  /** Sets what the vendor's snippet would set before its script runs: settings and command queues. */
  prepare(globals: Globals): void;
  /** Once the script has loaded: waits for the vendor's API and opens the widget. */
  open(globals: Globals, signal: AbortSignal): Promise<void>;
}

/** How often an adapter looks for an API that appears some time after the script has loaded. */
const POLL_MS = 50;

/** Resolves once `ready()` is true; the facade's timeout aborts the wait. */
export function waitFor(ready: () => boolean, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (signal.aborted) return reject(signal.reason ?? new Error('aborted'));
      if (ready()) return resolve();
      setTimeout(check, POLL_MS);
    };
    check();
  });
}

/** Reads a dotted path ("Tawk_API.maximize") on the globals: the function and the object it belongs to. */
export function resolvePath(globals: Globals, path: string): { fn?: (...args: unknown[]) => unknown; owner?: unknown } {
  const parts = path.split('.');
  const isHolder = (value: unknown): value is Globals => value !== null && (typeof value === 'object' || typeof value === 'function');
  let owner: unknown = globals;
  for (const part of parts.slice(0, -1)) owner = isHolder(owner) ? owner[part] : undefined;
  const fn: unknown = isHolder(owner) ? owner[parts.at(-1)!] : undefined;
  return typeof fn === 'function' ? { fn: fn as (...args: unknown[]) => unknown, owner } : { owner };
}

const isFunction = (value: unknown) => typeof value === 'function';

export function chatAdapter(config: ChatProviderConfig): ChatAdapter {
  switch (config.type) {
    case 'zendesk':
      return {
        scriptUrl: `https://static.zdassets.com/ekr/snippet.js?key=${encodeURIComponent(config.key)}`,
        scriptId: 'ze-snippet',
        prepare() {},
        async open(g, signal) {
          await waitFor(() => isFunction(g.zE), signal);
          g.zE('messenger', 'open');
        },
      };
    case 'intercom':
      return {
        scriptUrl: `https://widget.intercom.io/widget/${encodeURIComponent(config.appId)}`,
        prepare(g) {
          g.intercomSettings = { ...g.intercomSettings, api_base: config.apiBase, app_id: config.appId };
          // Intercom's snippet defines a queue under the same name; the script replays it when it boots.
          if (!isFunction(g.Intercom)) {
            const queue: unknown[][] = [];
            const intercom = (...args: unknown[]) => void queue.push(args);
            Object.assign(intercom, { q: queue, c: (args: unknown[]) => queue.push(args) });
            g.Intercom = intercom;
          }
        },
        async open(g, signal) {
          await waitFor(() => isFunction(g.Intercom), signal);
          g.Intercom('show');
        },
      };
    case 'crisp':
      return {
        scriptUrl: 'https://client.crisp.chat/l.js',
        prepare(g) {
          g.$crisp = Array.isArray(g.$crisp) ? g.$crisp : [];
          g.CRISP_WEBSITE_ID = config.websiteId;
        },
        async open(g) {
          // $crisp is a command queue before Crisp loads and its live API after: push works on both.
          g.$crisp.push(['do', 'chat:show']);
          g.$crisp.push(['do', 'chat:open']);
        },
      };
    case 'helpscout':
      return {
        scriptUrl: 'https://beacon-v2.helpscout.net',
        prepare(g) {
          if (!isFunction(g.Beacon)) {
            const readyQueue: { method: unknown; options: unknown; data: unknown }[] = [];
            const beacon = (method: unknown, options?: unknown, data?: unknown) => void readyQueue.push({ method, options, data });
            Object.assign(beacon, { readyQueue });
            g.Beacon = beacon;
          }
          g.Beacon('init', config.beaconId);
        },
        async open(g, signal) {
          await waitFor(() => isFunction(g.Beacon), signal);
          g.Beacon('open');
        },
      };
    case 'chatwoot':
      return {
        scriptUrl: `${config.baseUrl.replace(/\/+$/, '')}/packs/js/sdk.js`,
        prepare(g) {
          g.chatwootSettings = { ...g.chatwootSettings };
        },
        async open(g, signal) {
          await waitFor(() => isFunction(g.chatwootSDK?.run), signal);
          g.chatwootSDK.run({ websiteToken: config.websiteToken, baseUrl: config.baseUrl.replace(/\/+$/, '') });
          // $chatwoot appears once the widget's frame has loaded ("chatwoot:ready").
          await waitFor(() => Boolean(g.$chatwoot?.hasLoaded) && isFunction(g.$chatwoot.toggle), signal);
          g.$chatwoot.toggle('open');
        },
      };
    case 'custom':
      return {
        scriptUrl: config.scriptUrl,
        prepare() {},
        async open(g, signal) {
          await waitFor(() => resolvePath(g, config.open).fn !== undefined, signal);
          const { fn, owner } = resolvePath(g, config.open);
          fn!.apply(owner, config.args);
        },
      };
  }
}

/** The fetch directives of a Content-Security-Policy that a chat widget needs sources in. */
export type CspDirective = 'script-src' | 'style-src' | 'connect-src' | 'frame-src' | 'img-src' | 'font-src' | 'media-src' | 'worker-src';

const originOf = (url: string) => (url.startsWith('/') ? "'self'" : new URL(url).origin);

/**
 * What each widget loads once it runs, as its vendor documents it for sites with a
 * Content-Security-Policy: every vendor injects its own styles, hence 'unsafe-inline' in
 * style-src (scripts stay locked to hashes and these hosts). Only the configured provider's
 * sources are added, and only to a site that has one.
 */
export function chatCspSources(config: ChatProvider): Partial<Record<CspDirective, string[]>> {
  switch (config.type) {
    case 'zendesk':
      return {
        'script-src': ['https://static.zdassets.com', 'https://ekr.zdassets.com', 'https://*.zendesk.com'],
        'connect-src': ['https://*.zdassets.com', 'https://*.zendesk.com', 'wss://*.zendesk.com', 'https://*.smooch.io', 'wss://api.smooch.io', 'https://zendesk-eu.my.sentry.io'],
        'frame-src': ['https://*.zendesk.com', 'https://*.zdassets.com'],
        'img-src': ['https://static.zdassets.com', 'https://*.zendesk.com', 'https://media.smooch.io', 'https://*.zdusercontent.com', 'blob:', 'data:'],
        'media-src': ['https://static.zdassets.com'],
        'style-src': ["'unsafe-inline'"],
      };
    case 'intercom':
      return {
        'script-src': ['https://app.intercom.io', 'https://widget.intercom.io', 'https://js.intercomcdn.com'],
        'connect-src': ['https://*.intercom.io', 'wss://*.intercom.io', 'https://*.intercom-messenger.com', 'wss://*.intercom-messenger.com', 'https://*.intercomcdn.com', 'https://uploads.intercomusercontent.com', new URL(config.apiBase).origin],
        'frame-src': ['https://intercom-sheets.com', 'https://www.intercom-reporting.com'],
        'img-src': ['https://*.intercomcdn.com', 'https://static.intercomassets.com', 'https://uploads.intercomusercontent.com', 'https://messenger-apps.intercom.io', 'blob:', 'data:'],
        'font-src': ['https://js.intercomcdn.com', 'https://fonts.intercomcdn.com'],
        'media-src': ['https://js.intercomcdn.com'],
        'style-src': ["'unsafe-inline'"],
      };
    case 'crisp':
      return {
        'script-src': ['https://*.crisp.chat'],
        'connect-src': ['https://*.crisp.chat', 'wss://*.relay.crisp.chat'],
        'frame-src': ['https://*.crisp.chat'],
        'img-src': ['https://*.crisp.chat', 'data:'],
        'font-src': ['https://*.crisp.chat'],
        'media-src': ['https://*.crisp.chat'],
        'worker-src': ['https://*.crisp.chat', 'blob:'],
        'style-src': ["'unsafe-inline'", 'https://*.crisp.chat'],
      };
    case 'helpscout':
      return {
        'script-src': ['https://beacon-v2.helpscout.net'],
        'connect-src': ['https://beaconapi.helpscout.net', 'https://chatapi.helpscout.net', 'https://d3hb14vkzrxvla.cloudfront.net', 'https://sockjs-helpscout.pusher.com', 'wss://*.pusher.com'],
        'img-src': ['https://*.helpscout.net', 'https://d33v4339jhl8k0.cloudfront.net', 'https://*.gravatar.com', 'data:'],
        'font-src': ['https://fonts.gstatic.com', 'https://beacon-v2.helpscout.net', 'data:'],
        'media-src': ['https://beacon-v2.helpscout.net'],
        'style-src': ["'unsafe-inline'", 'https://fonts.googleapis.com', 'https://beacon-v2.helpscout.net'],
      };
    case 'chatwoot': {
      const origin = new URL(config.baseUrl).origin;
      const socket = origin.replace(/^http/, 'ws');
      return {
        'script-src': [origin],
        'connect-src': [origin, socket],
        'frame-src': [origin],
        'img-src': [origin, 'data:', 'blob:'],
        'style-src': ["'unsafe-inline'"],
      };
    }
    case 'custom': {
      const sources = [originOf(config.scriptUrl), ...config.cspSources];
      return {
        'script-src': sources,
        'connect-src': sources,
        'frame-src': sources,
        'img-src': sources,
        'font-src': sources,
        'style-src': ["'unsafe-inline'", ...sources],
      };
    }
  }
}
