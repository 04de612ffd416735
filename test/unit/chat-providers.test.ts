import { describe, expect, it } from 'vitest';
import { chatAdapter, resolvePath, type ChatProviderConfig, type Globals } from '../../src/lib/contact/chat-providers';

/**
 * Each adapter is run against a plain object standing in for window: `prepare` before the script,
 * then what the vendor's script would define, then `open`. The calls the widget receives are recorded.
 */
async function openWith(config: ChatProviderConfig, vendorLoads: (g: Globals, calls: unknown[][]) => void) {
  const adapter = chatAdapter(config);
  const globals: Globals = {};
  const calls: unknown[][] = [];
  adapter.prepare(globals);
  vendorLoads(globals, calls);
  await adapter.open(globals, new AbortController().signal);
  return { adapter, globals, calls };
}

const recorder = (calls: unknown[][]) => (...args: unknown[]) => void calls.push(args);

describe('Zendesk messaging Web Widget', () => {
  it('loads the snippet with its key as #ze-snippet and opens with zE("messenger", "open")', async () => {
    const { adapter, calls } = await openWith({ type: 'zendesk', key: 'abc-123' }, (g, c) => (g.zE = recorder(c)));
    expect(adapter.scriptUrl).toBe('https://static.zdassets.com/ekr/snippet.js?key=abc-123');
    expect(adapter.scriptId).toBe('ze-snippet');
    expect(calls).toEqual([['messenger', 'open']]);
  });
});

describe('Intercom', () => {
  it('sets intercomSettings and a command queue, loads the app\'s widget and shows the messenger', async () => {
    const config = { type: 'intercom', appId: 'x1y2', apiBase: 'https://api-iam.eu.intercom.io' } as const;
    const adapter = chatAdapter(config);
    const g: Globals = {};
    adapter.prepare(g);
    expect(adapter.scriptUrl).toBe('https://widget.intercom.io/widget/x1y2');
    expect(g.intercomSettings).toEqual({ api_base: 'https://api-iam.eu.intercom.io', app_id: 'x1y2' });
    // Before the script replaces it, the queue keeps the call.
    await adapter.open(g, new AbortController().signal);
    expect(g.Intercom.q).toEqual([['show']]);
  });
});

describe('Crisp', () => {
  it('sets the website id and pushes chat:open on $crisp', async () => {
    const { adapter, globals } = await openWith({ type: 'crisp', websiteId: 'w-1' }, () => {});
    expect(adapter.scriptUrl).toBe('https://client.crisp.chat/l.js');
    expect(globals.CRISP_WEBSITE_ID).toBe('w-1');
    expect(globals.$crisp).toEqual([['do', 'chat:show'], ['do', 'chat:open']]);
  });
});

describe('Help Scout Beacon', () => {
  it('queues init with the Beacon id, then opens', async () => {
    const { adapter, globals } = await openWith({ type: 'helpscout', beaconId: 'b-9' }, () => {});
    expect(adapter.scriptUrl).toBe('https://beacon-v2.helpscout.net');
    expect(globals.Beacon.readyQueue).toEqual([
      { method: 'init', options: 'b-9', data: undefined },
      { method: 'open', options: undefined, data: undefined },
    ]);
  });
});

describe('Chatwoot', () => {
  it('runs the SDK with the inbox token, waits for the widget and toggles it open', async () => {
    const runs: unknown[] = [];
    const toggles: unknown[][] = [];
    const { adapter } = await openWith({ type: 'chatwoot', baseUrl: 'https://chat.example.com/', websiteToken: 't0k' }, (g) => {
      g.chatwootSDK = {
        run: (options: unknown) => {
          runs.push(options);
          // The widget reports ready a little later, as the real one does.
          setTimeout(() => (g.$chatwoot = { hasLoaded: true, toggle: recorder(toggles) }), 120);
        },
      };
    });
    expect(adapter.scriptUrl).toBe('https://chat.example.com/packs/js/sdk.js');
    expect(runs).toEqual([{ websiteToken: 't0k', baseUrl: 'https://chat.example.com' }]);
    expect(toggles).toEqual([['open']]);
  });
});

describe('a custom provider', () => {
  it('calls the named function as a method of its object, with the given arguments', async () => {
    let self: unknown;
    const { adapter, globals, calls } = await openWith(
      { type: 'custom', scriptUrl: '/stub/chat.js', open: 'Acme.chat.open', args: ['support', 2] },
      (g, c) => {
        g.Acme = { chat: { open(this: unknown, ...args: unknown[]) { self = this; c.push(args); } } };
      },
    );
    expect(adapter.scriptUrl).toBe('/stub/chat.js');
    expect(calls).toEqual([['support', 2]]);
    expect(self).toBe(globals.Acme.chat);
  });

  it('gives up when the function never appears and the facade aborts', async () => {
    const adapter = chatAdapter({ type: 'custom', scriptUrl: '/x.js', open: 'Missing.open', args: [] });
    const controller = new AbortController();
    const opening = adapter.open({}, controller.signal);
    controller.abort(new Error('timed out'));
    await expect(opening).rejects.toThrow('timed out');
  });

  it('reads dotted paths without tripping over missing parts', () => {
    expect(resolvePath({ a: { b: 1 } }, 'a.b.c').fn).toBeUndefined();
    expect(resolvePath({}, 'nothing.here').fn).toBeUndefined();
  });
});
