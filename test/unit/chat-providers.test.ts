import { describe, expect, it } from 'vitest';
import { chatAdapter, chatCspSources, resolvePath, type ChatProviderConfig, type ChatSignals, type Globals } from '../../src/lib/contact/chat-providers';

/**
 * Each adapter is run against a plain object standing in for window: `prepare` before the script,
 * then what the vendor's script would define, then `start`, `open`, `shutDown`. The commands the
 * widget receives are recorded, and so are the signals the adapter passes on to the facade.
 */
function recordSignals() {
  const seen: string[] = [];
  const signals: ChatSignals = {
    ready: () => seen.push('ready'),
    opened: () => seen.push('opened'),
    closed: () => seen.push('closed'),
    failed: () => seen.push('failed'),
  };
  return { seen, signals };
}

const never = () => new AbortController().signal;

/** A zE that records its commands and keeps its listeners, as the snippet's does. */
function fakeZendesk(g: Globals) {
  const commands: unknown[][] = [];
  const listeners: Record<string, () => void> = {};
  g.zE = (...args: unknown[]) => {
    if (String(args[0]).endsWith(':on')) listeners[String(args[1])] = args[2] as () => void;
    else commands.push(args);
  };
  return { commands, listeners };
}

describe('Zendesk messaging Web Widget', () => {
  const config: ChatProviderConfig = { type: 'zendesk', key: 'abc-123', widget: 'messaging' };

  it('loads the snippet with its key as #ze-snippet', () => {
    const adapter = chatAdapter(config);
    expect(adapter.scriptUrl).toBe('https://static.zdassets.com/ekr/snippet.js?key=abc-123');
    expect(adapter.scriptId).toBe('ze-snippet');
  });

  it('hides the widget and its launcher as soon as zE exists, and says ready', async () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config);
    const g: Globals = {};
    adapter.prepare(g, signals);
    const zendesk = fakeZendesk(g);
    await adapter.start(g, signals, never());
    expect(zendesk.commands).toEqual([['messenger', 'hide']]);
    expect(Object.keys(zendesk.listeners).sort()).toEqual(['close', 'open']);
    expect(seen).toEqual(['ready']);
  });

  it('is open only when Zendesk says so, and hidden again when the visitor closes it', async () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config);
    const g: Globals = {};
    const zendesk = fakeZendesk(g);
    await adapter.start(g, signals, never());
    adapter.open(g, signals);
    expect(zendesk.commands.slice(1)).toEqual([['messenger', 'show'], ['messenger', 'open']]);
    expect(seen).toEqual(['ready']);
    zendesk.listeners.open!();
    zendesk.listeners.close!();
    expect(seen).toEqual(['ready', 'opened', 'closed']);
    adapter.hide(g);
    expect(zendesk.commands.at(-1)).toEqual(['messenger', 'hide']);
  });

  it('closes and hides the widget when the hand-over fails', async () => {
    const adapter = chatAdapter(config);
    const g: Globals = {};
    const zendesk = fakeZendesk(g);
    adapter.shutDown(g);
    expect(zendesk.commands).toEqual([['messenger', 'close'], ['messenger', 'hide']]);
    // Before the snippet ran there is nothing to shut down, and nothing throws.
    expect(() => adapter.shutDown({})).not.toThrow();
  });

  it('gives up waiting for zE when the facade aborts', async () => {
    const controller = new AbortController();
    const starting = chatAdapter(config).start({}, recordSignals().signals, controller.signal);
    controller.abort(new Error('timed out'));
    await expect(starting).rejects.toThrow('timed out');
  });
});

describe('Zendesk Web Widget (Classic)', () => {
  const config: ChatProviderConfig = { type: 'zendesk', key: 'abc-123', widget: 'classic' };

  it('puts the widget in our corner through zESettings, before the snippet runs', () => {
    const g: Globals = { zESettings: { webWidget: { color: { theme: '#123456' } } } };
    chatAdapter(config, 'left').prepare(g, recordSignals().signals);
    expect(g.zESettings).toEqual({ webWidget: { color: { theme: '#123456' }, position: { horizontal: 'left' } } });
  });

  it('answers to webWidget commands and events, not messenger ones', async () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config, 'left');
    const g: Globals = {};
    const zendesk = fakeZendesk(g);
    await adapter.start(g, signals, never());
    adapter.open(g, signals);
    zendesk.listeners.open!();
    adapter.shutDown(g);
    expect(zendesk.commands).toEqual([
      ['webWidget', 'hide'],
      ['webWidget', 'show'],
      ['webWidget', 'open'],
      ['webWidget', 'close'],
      ['webWidget', 'hide'],
    ]);
    expect(seen).toEqual(['ready', 'opened']);
  });
});

describe('Intercom', () => {
  const config: ChatProviderConfig = { type: 'intercom', appId: 'x1y2', apiBase: 'https://api-iam.eu.intercom.io' };

  it('boots with its own launcher hidden, in our corner, and queues its listeners', () => {
    const adapter = chatAdapter(config, 'left');
    const g: Globals = {};
    adapter.prepare(g, recordSignals().signals);
    expect(adapter.scriptUrl).toBe('https://widget.intercom.io/widget/x1y2');
    expect(g.intercomSettings).toEqual({ api_base: 'https://api-iam.eu.intercom.io', app_id: 'x1y2', hide_default_launcher: true, alignment: 'left' });
    expect(g.Intercom.q.map((call: unknown[]) => call[0])).toEqual(['onShow', 'onHide', 'ready']);
  });

  it('asks to show only once Intercom is ready, so a queue nobody drains never opens anything', () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config);
    const g: Globals = {};
    adapter.prepare(g, signals);
    adapter.open(g, signals);
    expect(g.Intercom.q.at(-1)).toEqual(['show']);
    // Showing is a request: only Intercom's onShow makes it open.
    expect(seen).toEqual([]);
    const onShow = g.Intercom.q.find((call: unknown[]) => call[0] === 'onShow')[1];
    onShow();
    expect(seen).toEqual(['opened']);
  });

  it('shuts Intercom down through the same queue, so that a late boot replays it', () => {
    const adapter = chatAdapter(config);
    const g: Globals = {};
    adapter.prepare(g, recordSignals().signals);
    adapter.shutDown(g);
    expect(g.Intercom.q.at(-1)).toEqual(['shutdown']);
  });
});

describe('Crisp', () => {
  const config: ChatProviderConfig = { type: 'crisp', websiteId: 'w-1' };

  it('hides the chatbox first, reverses it to the left when ours is there, and listens for its events', () => {
    const adapter = chatAdapter(config, 'left');
    const g: Globals = {};
    adapter.prepare(g, recordSignals().signals);
    expect(adapter.scriptUrl).toBe('https://client.crisp.chat/l.js');
    expect(g.CRISP_WEBSITE_ID).toBe('w-1');
    expect(g.$crisp.map((c: unknown[]) => c.slice(0, 2))).toEqual([
      ['do', 'chat:hide'],
      ['config', 'position:reverse'],
      ['on', 'session:loaded'],
      ['on', 'chat:opened'],
      ['on', 'chat:closed'],
    ]);
    expect(g.$crisp[1][2]).toEqual([true]);
    const right: Globals = {};
    chatAdapter(config, 'right').prepare(right, recordSignals().signals);
    expect(right.$crisp[1][2]).toEqual([false]);
  });

  it('shows and opens on request, and is open when Crisp says chat:opened', () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config);
    const g: Globals = {};
    adapter.prepare(g, signals);
    adapter.open(g, signals);
    expect(g.$crisp.slice(-2)).toEqual([['do', 'chat:show'], ['do', 'chat:open']]);
    expect(seen).toEqual([]);
    g.$crisp.find((c: unknown[]) => c[1] === 'chat:opened')[2]();
    expect(seen).toEqual(['opened']);
    adapter.shutDown(g);
    expect(g.$crisp.slice(-2)).toEqual([['do', 'chat:close'], ['do', 'chat:hide']]);
  });
});

describe('Help Scout Beacon', () => {
  const config: ChatProviderConfig = { type: 'helpscout', beaconId: 'b-9' };

  it('queues init, the manual display in our corner and its events, then opens and destroys on request', () => {
    const adapter = chatAdapter(config, 'left');
    const g: Globals = {};
    adapter.prepare(g, recordSignals().signals);
    adapter.open(g, recordSignals().signals);
    adapter.shutDown(g);
    expect(adapter.scriptUrl).toBe('https://beacon-v2.helpscout.net');
    expect(g.Beacon.readyQueue.map((c: { method: unknown; options: unknown }) => [c.method, typeof c.options === 'function' ? 'fn' : c.options])).toEqual([
      ['init', 'b-9'],
      ['config', { display: { style: 'manual', position: 'left' } }],
      ['on', 'ready'],
      ['on', 'open'],
      ['on', 'close'],
      ['open', undefined],
      ['destroy', undefined],
    ]);
  });
});

describe('Chatwoot', () => {
  const config: ChatProviderConfig = { type: 'chatwoot', baseUrl: 'https://chat.example.com/', websiteToken: 't0k' };

  it('hides the bubble, takes our corner, runs the SDK and listens for chatwoot:ready and chatwoot:error', async () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config, 'left');
    const events: Record<string, () => void> = {};
    const runs: unknown[] = [];
    const g: Globals = { addEventListener: (name: string, fn: () => void) => (events[name] = fn) };
    adapter.prepare(g, signals);
    expect(g.chatwootSettings).toEqual({ hideMessageBubble: true, position: 'left' });
    g.chatwootSDK = { run: (options: unknown) => runs.push(options) };
    await adapter.start(g, signals, never());
    expect(adapter.scriptUrl).toBe('https://chat.example.com/packs/js/sdk.js');
    expect(runs).toEqual([{ websiteToken: 't0k', baseUrl: 'https://chat.example.com' }]);
    expect(seen).toEqual([]);
    events['chatwoot:ready']!();
    events['chatwoot:error']!();
    expect(seen).toEqual(['ready', 'failed']);
  });

  it('toggles open once ready, and reports closed when the widget says it is no longer open', async () => {
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter(config);
    const toggles: unknown[] = [];
    const g: Globals = { $chatwoot: { isOpen: false, toggle: (state: string) => { toggles.push(state); g.$chatwoot.isOpen = state === 'open'; } } };
    adapter.open(g, signals);
    expect(toggles).toEqual(['open']);
    expect(seen).toEqual(['opened']);
    g.$chatwoot.isOpen = false;
    await expect.poll(() => seen).toEqual(['opened', 'closed']);
    adapter.shutDown(g);
    expect(toggles).toEqual(['open', 'close']);
  });
});

describe('a stand-in script instead of the vendor\'s', () => {
  it('replaces the script address, and joins script-src only when it is on another origin', () => {
    expect(chatAdapter({ type: 'intercom', appId: 'a', apiBase: 'https://api-iam.intercom.io', scriptUrl: '/stand-ins/intercom.js' }).scriptUrl).toBe('/stand-ins/intercom.js');
    expect(chatCspSources({ type: 'crisp', websiteId: 'w', scriptUrl: '/stand-ins/crisp.js' })['script-src']).toEqual(['https://*.crisp.chat']);
    expect(chatCspSources({ type: 'crisp', websiteId: 'w', scriptUrl: 'https://stand-in.example/crisp.js' })['script-src']).toEqual(['https://*.crisp.chat', 'https://stand-in.example']);
  });
});

describe('a custom provider', () => {
  it('calls the named function as a method of its object, with the given arguments, once it exists', async () => {
    let self: unknown;
    const calls: unknown[][] = [];
    const { seen, signals } = recordSignals();
    const adapter = chatAdapter({ type: 'custom', scriptUrl: '/stub/chat.js', open: 'Acme.chat.open', args: ['support', 2] });
    const g: Globals = { Acme: { chat: { open(this: unknown, ...args: unknown[]) { self = this; calls.push(args); } } } };
    await adapter.start(g, signals, never());
    adapter.open(g, signals);
    expect(adapter.scriptUrl).toBe('/stub/chat.js');
    expect(calls).toEqual([['support', 2]]);
    expect(self).toBe(g.Acme.chat);
    expect(seen).toEqual(['ready', 'opened']);
  });

  it('gives up when the function never appears and the facade aborts', async () => {
    const adapter = chatAdapter({ type: 'custom', scriptUrl: '/x.js', open: 'Missing.open', args: [] });
    const controller = new AbortController();
    const starting = adapter.start({}, recordSignals().signals, controller.signal);
    controller.abort(new Error('timed out'));
    await expect(starting).rejects.toThrow('timed out');
  });

  it('reads dotted paths without tripping over missing parts', () => {
    expect(resolvePath({ a: { b: 1 } }, 'a.b.c').fn).toBeUndefined();
    expect(resolvePath({}, 'nothing.here').fn).toBeUndefined();
  });
});
