/**
 * The built-in contact panel: request form, email, further links and support hours. It is what
 * the launcher opens when no chat provider is configured, and the fallback when a provider's
 * widget cannot be loaded. Non-modal: focus moves into it, Escape or the close button closes it
 * and puts focus back on the launcher, a press elsewhere closes it too.
 */
export interface ContactPanel {
  /** Opens the panel; `fallback` adds the notice that chat could not be opened. */
  open(options?: { fallback?: boolean }): void;
  close(returnFocus: boolean): void;
  isOpen(): boolean;
}

export function setUpContactPanel(root: Document, options: { launcherToggles: boolean }): ContactPanel | undefined {
  const launcher = root.querySelector<HTMLButtonElement>('[data-contact-launcher]');
  const panel = root.querySelector<HTMLElement>('[data-contact-panel]');
  if (!launcher || !panel) return undefined;
  const notice = panel.querySelector<HTMLElement>('[data-contact-fallback]');

  const isOpen = () => !panel.hidden;
  const open = ({ fallback = false } = {}) => {
    if (notice) notice.hidden = !fallback;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLElement>('#contact-panel-title')?.focus();
  };
  const close = (returnFocus: boolean) => {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    if (returnFocus) launcher.focus();
  };

  if (options.launcherToggles) launcher.addEventListener('click', () => (isOpen() ? close(false) : open()));
  panel.querySelector('[data-contact-close]')?.addEventListener('click', () => close(true));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close(true);
    }
  });
  // A press outside closes it. Pointer, not click: a button elsewhere that opens the panel with
  // launcher.click() would otherwise see its own click bubble up and close the panel again.
  root.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !panel.contains(target) && !launcher.contains(target)) close(false);
  });
  return { open, close, isOpen };
}
