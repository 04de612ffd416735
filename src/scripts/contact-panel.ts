/**
 * The launcher opens a small, non-modal panel: focus moves into it, Escape or the close
 * button closes it and puts focus back on the launcher, a click elsewhere closes it too.
 */
export function setUpContactPanel(root: Document): void {
  const launcher = root.querySelector<HTMLButtonElement>('[data-contact-launcher]');
  const panel = root.querySelector<HTMLElement>('[data-contact-panel]');
  if (!launcher || !panel) return;

  const isOpen = () => launcher.getAttribute('aria-expanded') === 'true';
  const open = () => {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLElement>('#contact-panel-title')?.focus();
  };
  const close = (returnFocus: boolean) => {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    if (returnFocus) launcher.focus();
  };

  launcher.addEventListener('click', () => (isOpen() ? close(false) : open()));
  panel.querySelector('[data-contact-close]')?.addEventListener('click', () => close(true));
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close(true);
    }
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Node;
    if (isOpen() && !panel.contains(target) && !launcher.contains(target)) close(false);
  });
}
