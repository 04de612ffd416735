import { chatAdapter, type ChatAdapter, type ChatProviderConfig } from '../../lib/contact/chat-providers';
import type { ContactPanel } from './contact-panel';

/**
 * The chat launcher as a facade: a plain button until the visitor clicks it. Only then does the
 * provider's script load (one request), the widget open through the provider's API, and the
 * facade step aside. If the script fails or the widget does not open in time, the built-in
 * contact panel opens instead, saying so, with the request form and email.
 */
export interface FacadeConfig {
  provider: ChatProviderConfig;
  /** "hover" and "idle" fetch the script ahead of the click without running it. */
  loadOn: 'click' | 'hover' | 'idle';
  timeoutSeconds: number;
}

type State = 'idle' | 'loading' | 'open' | 'failed';

/** Adds the provider's script and resolves when it has run; rejects on a load error or when aborted. */
function loadScript(root: Document, adapter: ChatAdapter, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = root.createElement('script');
    script.src = adapter.scriptUrl;
    script.async = true;
    if (adapter.scriptId) script.id = adapter.scriptId;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('the chat script did not load')));
    signal.addEventListener('abort', () => reject(signal.reason));
    root.head.append(script);
  });
}

export function setUpChatFacade(root: Document, config: FacadeConfig, panel: ContactPanel): void {
  const container = root.querySelector<HTMLElement>('[data-contact]');
  const launcher = root.querySelector<HTMLButtonElement>('[data-contact-launcher]');
  const label = root.querySelector<HTMLElement>('[data-contact-label]');
  const live = root.querySelector<HTMLElement>('[data-contact-live]');
  if (!container || !launcher || !label || !live) return;
  const adapter = chatAdapter(config.provider);
  const restingLabel = label.textContent ?? '';
  let state: State = 'idle';

  let preloaded = false;
  const preload = () => {
    if (preloaded || state !== 'idle') return;
    preloaded = true;
    const link = root.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    link.href = adapter.scriptUrl;
    root.head.append(link);
  };
  if (config.loadOn === 'hover') {
    launcher.addEventListener('pointerenter', preload);
    launcher.addEventListener('focus', preload);
  } else if (config.loadOn === 'idle') {
    const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(preload) : setTimeout(preload, 1000));
    if (root.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }

  const setLoading = (loading: boolean) => {
    launcher.setAttribute('aria-busy', String(loading));
    container.dataset.state = loading ? 'loading' : state;
    label.textContent = loading ? 'Opening chat…' : restingLabel;
    live.textContent = loading ? 'Opening chat…' : '';
  };

  launcher.addEventListener('click', async () => {
    if (state === 'loading') return;
    if (state === 'failed') {
      if (panel.isOpen()) panel.close(false);
      else panel.open({ fallback: true });
      return;
    }
    state = 'loading';
    setLoading(true);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('the chat did not open in time')), config.timeoutSeconds * 1000);
    try {
      adapter.prepare(window as unknown as Record<string, unknown>);
      await loadScript(root, adapter, controller.signal);
      await adapter.open(window as unknown as Record<string, unknown>, controller.signal);
      state = 'open';
      setLoading(false);
      // The provider's own launcher takes over from here.
      container.hidden = true;
    } catch {
      state = 'failed';
      setLoading(false);
      panel.open({ fallback: true });
    } finally {
      clearTimeout(timer);
    }
  });
}
