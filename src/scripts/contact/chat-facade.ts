import { chatAdapter, type ChatAdapter, type ChatProviderConfig, type ChatSignals, type Corner, type Globals } from '../../lib/contact/chat-providers';
import type { SiteWords } from '../../i18n';
import type { ContactPanel } from './contact-panel';

/**
 * The chat launcher as a facade: a plain button until the visitor clicks it. Only then does the
 * provider's script load (one request) and the widget open through the provider's API. The
 * hand-over ends when the provider itself reports its window open, and the whole of it (script,
 * start-up, opening) has one timeout. Our launcher steps aside while the provider's window is open
 * and comes back when the visitor closes it, so there is always exactly one launcher. If the
 * script fails, the time runs out or the provider reports an error (even once open), the provider
 * is shut down and the built-in contact panel opens instead, saying so, with the request form and
 * email.
 */

export interface FacadeConfig {
  provider: ChatProviderConfig;
  timeoutSeconds: number;
  /** What this script says itself ("Opening chat…"); everything else the visitor reads is in the page. */
  words: SiteWords<'contact.openingChat'>;
}

/**
 * idle: nothing loaded. loading: a hand-over is under way. open: the provider's window is open.
 * closed: the visitor closed it; the provider is loaded and a click opens it again.
 * failed: the provider is shut down; the launcher opens the contact panel.
 */
type State = 'idle' | 'loading' | 'open' | 'closed' | 'failed';

/** Adds the provider's script; resolves when it has run, rejects when it could not load. */
function loadScript(root: Document, adapter: ChatAdapter): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = root.createElement('script');
    script.src = adapter.scriptUrl;
    script.async = true;
    if (adapter.scriptId) script.id = adapter.scriptId;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('the chat script did not load')));
    root.head.append(script);
  });
}

export function setUpChatFacade(root: Document, config: FacadeConfig, panel: ContactPanel): void {
  const container = root.querySelector<HTMLElement>('[data-contact]');
  const launcher = root.querySelector<HTMLButtonElement>('[data-contact-launcher]');
  const label = root.querySelector<HTMLElement>('[data-contact-label]');
  const live = root.querySelector<HTMLElement>('[data-contact-live]');
  if (!container || !launcher || !label || !live) return;
  // The provider's window opens in the corner our launcher sits in, as the page already says.
  const corner: Corner = container.dataset.position === 'left' ? 'left' : 'right';
  const adapter = chatAdapter(config.provider, corner);
  const globals = window as unknown as Globals;
  const restingLabel = label.textContent ?? '';
  let state: State = 'idle';
  let handOver: { controller: AbortController; timer: ReturnType<typeof setTimeout> } | undefined;

  const setLoading = (loading: boolean) => {
    launcher.setAttribute('aria-busy', String(loading));
    container.dataset.state = loading ? 'loading' : state;
    const opening = config.words.t('contact.openingChat');
    label.textContent = loading ? opening : restingLabel;
    live.textContent = loading ? opening : '';
  };

  const endHandOver = (next: State) => {
    if (handOver) {
      clearTimeout(handOver.timer);
      handOver.controller.abort();
      handOver = undefined;
    }
    state = next;
    setLoading(false);
  };

  /** The hand-over failed or timed out, or the provider reported an error, even once open. */
  const fail = () => {
    if (state !== 'loading' && state !== 'open') return;
    endHandOver('failed');
    adapter.shutDown(globals);
    container.hidden = false;
    panel.open({ fallback: true });
  };

  // A signal after the hand-over failed means the provider started late: it is shut down again.
  const signals: ChatSignals = {
    ready() {
      if (state === 'loading') adapter.open(globals, signals);
      else if (state === 'failed') adapter.shutDown(globals);
    },
    opened() {
      if (state === 'failed') return adapter.shutDown(globals);
      if (state !== 'loading') return;
      endHandOver('open');
      // The provider's window, with its own close button, takes over until the visitor closes it.
      container.hidden = true;
    },
    closed() {
      if (state !== 'open') return;
      adapter.hide(globals);
      state = 'closed';
      container.dataset.state = state;
      container.hidden = false;
      launcher.focus();
    },
    failed: fail,
  };

  launcher.addEventListener('click', () => {
    if (state === 'loading' || state === 'open') return;
    if (state === 'failed') {
      if (panel.isOpen()) panel.close(false);
      else panel.open({ fallback: true });
      return;
    }
    // Closed by the visitor: the provider is loaded and ready, and only needs asking again.
    const reopening = state === 'closed';
    state = 'loading';
    setLoading(true);
    const controller = new AbortController();
    handOver = { controller, timer: setTimeout(fail, config.timeoutSeconds * 1000) };
    if (reopening) {
      adapter.open(globals, signals);
      return;
    }
    adapter.prepare(globals, signals);
    // Even after a timeout the script may still arrive: start() then finds the provider and its
    // "ready" is answered with shutDown, so it can never put its own launcher beside ours.
    loadScript(root, adapter)
      .then(() => adapter.start(globals, signals, controller.signal))
      .catch(fail);
  });
}
