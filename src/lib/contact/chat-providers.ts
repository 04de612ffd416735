import type { ChatProvider } from '../../schemas/settings/chat';

/**
 * One small adapter per chat provider: the single script its widget needs, what the vendor's own
 * snippet would set up before that script runs, and the vendor's commands and events. The facade
 * (src/scripts/contact/chat-facade.ts) runs an adapter only after the visitor clicks the launcher.
 *
 * What every adapter promises, so that a visitor never sees two launchers nor none:
 * - the vendor's own launcher is switched off by the vendor's documented setting before its
 *   script runs, and its window opens in the corner of ours;
 * - "open" is only what the vendor itself reports (`signals.opened`), never the return of a call:
 *   a command queue accepts `show` whether or not anything will ever answer it;
 * - after a failure or the timeout, `shutDown` stops the vendor for the rest of the page, including
 *   a vendor that starts late: commands go through the same queue the vendor replays.
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

/** The corner of our launcher, which the vendor's window follows. */
export type Corner = 'left' | 'right';

/** What the vendor reports, passed on to the facade. A signal after the hand-over failed is answered with `shutDown`. */
export interface ChatSignals {
  /** The vendor's API is live: it can be asked to open. */
  ready(): void;
  /** The vendor's window is open. */
  opened(): void;
  /** The visitor closed the vendor's window. */
  closed(): void;
  /** The vendor reported an error. */
  failed(): void;
}

export interface ChatAdapter {
  /** The one script the widget needs. */
  scriptUrl: string;
  /** An id the vendor's code looks for on its own script element (Zendesk reads its key from #ze-snippet). */
  scriptId?: string;
  /** Before the script runs: the vendor's settings (its launcher off, our corner), its command queue, and its events wired to the signals. */
  prepare(globals: Globals, signals: ChatSignals): void;
  /** Once the script has run: whatever start-up the vendor needs from the page. Rejects when the vendor's API never appears. */
  start(globals: Globals, signals: ChatSignals, signal: AbortSignal): Promise<void>;
  /** Asks the ready widget to open. The hand-over ends when the vendor says `opened`. */
  open(globals: Globals, signals: ChatSignals): void;
  /** After the visitor closed the widget: hides whatever the vendor still shows, so that ours is the only launcher. */
  hide(globals: Globals): void;
  /** After a failure or the timeout: shuts the vendor down, or hides it, for the rest of the page. */
  shutDown(globals: Globals): void;
}

/** How often an adapter looks for an API that appears some time after the script has loaded. */
const POLL_MS = 50;

/** Resolves once `ready()` is true, checked before the abort so that an API already there is found even after a timeout. */
export function waitFor(ready: () => boolean, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) return resolve();
      if (signal.aborted) return reject(signal.reason ?? new Error('aborted'));
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

/** How often the Chatwoot adapter reads whether its window is still open: Chatwoot sends no event when the visitor closes it. */
const CHATWOOT_CLOSE_POLL_MS = 300;

export function chatAdapter(config: ChatProviderConfig, corner: Corner = 'right'): ChatAdapter {
  switch (config.type) {
    case 'zendesk':
      return config.widget === 'classic' ? zendeskClassic(config, corner) : zendeskMessaging(config);
    case 'intercom':
      return {
        scriptUrl: config.scriptUrl ?? `https://widget.intercom.io/widget/${encodeURIComponent(config.appId)}`,
        prepare(g, signals) {
          // "Javascript API: Attributes & Objects": the Messenger reads these when it boots.
          g.intercomSettings = { ...g.intercomSettings, api_base: config.apiBase, app_id: config.appId, hide_default_launcher: true, alignment: corner };
          // Intercom's snippet defines a queue under the same name; the script replays it when it boots.
          if (!isFunction(g.Intercom)) {
            const queue: unknown[][] = [];
            const intercom = (...args: unknown[]) => void queue.push(args);
            Object.assign(intercom, { q: queue, c: (args: unknown[]) => queue.push(args) });
            g.Intercom = intercom;
          }
          g.Intercom('onShow', signals.opened);
          g.Intercom('onHide', signals.closed);
          g.Intercom('ready', signals.ready);
        },
        async start() {},
        open(g) {
          g.Intercom('show');
        },
        hide() {},
        shutDown(g) {
          g.Intercom('shutdown');
        },
      };
    case 'crisp': {
      const crisp = (g: Globals, ...command: unknown[]) => g.$crisp.push(command);
      return {
        scriptUrl: config.scriptUrl ?? 'https://client.crisp.chat/l.js',
        prepare(g, signals) {
          // $crisp is a command queue before Crisp loads and its live API after: push works on both.
          g.$crisp = Array.isArray(g.$crisp) || g.$crisp?.push ? g.$crisp : [];
          g.CRISP_WEBSITE_ID = config.websiteId;
          crisp(g, 'do', 'chat:hide');
          crisp(g, 'config', 'position:reverse', [corner === 'left']);
          crisp(g, 'on', 'session:loaded', signals.ready);
          crisp(g, 'on', 'chat:opened', signals.opened);
          crisp(g, 'on', 'chat:closed', signals.closed);
        },
        async start() {},
        open(g) {
          crisp(g, 'do', 'chat:show');
          crisp(g, 'do', 'chat:open');
        },
        hide(g) {
          crisp(g, 'do', 'chat:hide');
        },
        shutDown(g) {
          crisp(g, 'do', 'chat:close');
          crisp(g, 'do', 'chat:hide');
        },
      };
    }
    case 'helpscout':
      return {
        scriptUrl: config.scriptUrl ?? 'https://beacon-v2.helpscout.net',
        prepare(g, signals) {
          if (!isFunction(g.Beacon)) {
            const readyQueue: { method: unknown; options: unknown; data: unknown }[] = [];
            const beacon = (method: unknown, options?: unknown, data?: unknown) => void readyQueue.push({ method, options, data });
            Object.assign(beacon, { readyQueue });
            g.Beacon = beacon;
          }
          g.Beacon('init', config.beaconId);
          // "manual": no Beacon button at all; the Beacon opens only when asked, in our corner.
          g.Beacon('config', { display: { style: 'manual', position: corner } });
          g.Beacon('on', 'ready', signals.ready);
          g.Beacon('on', 'open', signals.opened);
          g.Beacon('on', 'close', signals.closed);
        },
        async start() {},
        open(g) {
          g.Beacon('open');
        },
        hide() {},
        shutDown(g) {
          g.Beacon('destroy');
        },
      };
    case 'chatwoot': {
      const baseUrl = config.baseUrl.replace(/\/+$/, '');
      let watching: ReturnType<typeof setInterval> | undefined;
      const stopWatching = () => clearInterval(watching);
      return {
        scriptUrl: config.scriptUrl ?? `${baseUrl}/packs/js/sdk.js`,
        prepare(g, signals) {
          g.chatwootSettings = { ...g.chatwootSettings, hideMessageBubble: true, position: corner };
          // The SDK dispatches these on window once the widget's frame has loaded, or could not.
          g.addEventListener?.('chatwoot:ready', () => signals.ready());
          g.addEventListener?.('chatwoot:error', () => signals.failed());
        },
        async start(g, _signals, signal) {
          await waitFor(() => isFunction(g.chatwootSDK?.run), signal);
          g.chatwootSDK.run({ websiteToken: config.websiteToken, baseUrl });
        },
        open(g, signals) {
          g.$chatwoot.toggle('open');
          // Chatwoot has no "opened" event: after chatwoot:ready, toggling opens the frame that has loaded.
          signals.opened();
          stopWatching();
          watching = setInterval(() => {
            if (g.$chatwoot?.isOpen === false) {
              stopWatching();
              signals.closed();
            }
          }, CHATWOOT_CLOSE_POLL_MS);
        },
        hide() {
          stopWatching();
        },
        shutDown(g) {
          stopWatching();
          g.$chatwoot?.toggle?.('close');
        },
      };
    }
    case 'custom':
      return {
        scriptUrl: config.scriptUrl,
        prepare() {},
        async start(g, signals, signal) {
          await waitFor(() => resolvePath(g, config.open).fn !== undefined, signal);
          signals.ready();
        },
        open(g, signals) {
          const { fn, owner } = resolvePath(g, config.open);
          fn!.apply(owner, config.args);
          // A custom widget reports nothing we could name: its own launcher takes over from here.
          signals.opened();
        },
        hide() {},
        shutDown() {},
      };
  }
}

type ZendeskConfig = Extract<ChatProviderConfig, { type: 'zendesk' }>;

const zendeskScript = (config: ZendeskConfig) => config.scriptUrl ?? `https://static.zdassets.com/ekr/snippet.js?key=${encodeURIComponent(config.key)}`;

/**
 * The messaging Web Widget ("Web Widget (messaging) API": Core). `hide` conceals widget and
 * launcher alike and `open` does nothing while hidden, so it is shown only for as long as it is open.
 * Its corner is set in Admin Center (Messaging > Style > Position), not from the page.
 */
function zendeskMessaging(config: ZendeskConfig): ChatAdapter {
  const zE = (g: Globals, ...command: unknown[]) => g.zE(...command);
  return {
    scriptUrl: zendeskScript(config),
    scriptId: 'ze-snippet',
    prepare() {},
    async start(g, signals, signal) {
      // The snippet defines zE as it runs; waiting covers a copy that defines it a moment later.
      await waitFor(() => isFunction(g.zE), signal);
      zE(g, 'messenger', 'hide');
      zE(g, 'messenger:on', 'open', signals.opened);
      zE(g, 'messenger:on', 'close', signals.closed);
      signals.ready();
    },
    open(g) {
      zE(g, 'messenger', 'show');
      zE(g, 'messenger', 'open');
    },
    hide(g) {
      zE(g, 'messenger', 'hide');
    },
    shutDown(g) {
      if (!isFunction(g.zE)) return;
      zE(g, 'messenger', 'close');
      zE(g, 'messenger', 'hide');
    },
  };
}

/** Web Widget (Classic) ("Web Widget (Classic)" API): settings in window.zESettings before the snippet, commands as zE('webWidget', …). */
function zendeskClassic(config: ZendeskConfig, corner: Corner): ChatAdapter {
  const zE = (g: Globals, ...command: unknown[]) => g.zE(...command);
  return {
    scriptUrl: zendeskScript(config),
    scriptId: 'ze-snippet',
    prepare(g) {
      const webWidget = g.zESettings?.webWidget ?? {};
      g.zESettings = { ...g.zESettings, webWidget: { ...webWidget, position: { ...webWidget.position, horizontal: corner } } };
    },
    async start(g, signals, signal) {
      await waitFor(() => isFunction(g.zE), signal);
      zE(g, 'webWidget', 'hide');
      zE(g, 'webWidget:on', 'open', signals.opened);
      zE(g, 'webWidget:on', 'close', signals.closed);
      signals.ready();
    },
    open(g) {
      zE(g, 'webWidget', 'show');
      zE(g, 'webWidget', 'open');
    },
    hide(g) {
      zE(g, 'webWidget', 'hide');
    },
    shutDown(g) {
      if (!isFunction(g.zE)) return;
      zE(g, 'webWidget', 'close');
      zE(g, 'webWidget', 'hide');
    },
  };
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
  const sources = vendorCspSources(config);
  // A stand-in script on another https origin needs that origin; one on this site is 'self' already.
  if (config.type !== 'custom' && config.scriptUrl && !config.scriptUrl.startsWith('/')) {
    sources['script-src'] = [...(sources['script-src'] ?? []), new URL(config.scriptUrl).origin];
  }
  return sources;
}

function vendorCspSources(config: ChatProvider): Partial<Record<CspDirective, string[]>> {
  switch (config.type) {
    case 'zendesk':
      return config.widget === 'classic'
        ? {
          // "Content Security Policy (CSP) support" for Web Widget (Classic): its chat runs on Zopim's hosts.
          'script-src': ['https://static.zdassets.com', 'https://ekr.zdassets.com', 'https://*.zendesk.com', 'https://*.zopim.com'],
          'connect-src': ['https://*.zdassets.com', 'https://*.zendesk.com', 'wss://*.zendesk.com', 'https://*.zopim.com', 'wss://*.zopim.com', 'https://zendesk-eu.my.sentry.io'],
          'frame-src': ['https://*.zendesk.com', 'https://*.zdassets.com', 'https://*.zopim.com'],
          'img-src': ['https://static.zdassets.com', 'https://v2assets.zopim.io', 'https://*.zendesk.com', 'data:'],
          'style-src': ["'unsafe-inline'"],
        }
        : {
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
