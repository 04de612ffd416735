/**
 * What the header's popovers (the phone's menu and search box) need besides the browser: their
 * buttons say aria-expanded as the disclosure pattern has it, for assistive technology that does
 * not read a popover's state from its button; and when the search box opens, the field takes
 * focus, so one tap is enough to start typing.
 */
export function setUpHeader(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('header button[popovertarget]')) {
    const popover = doc.getElementById(button.getAttribute('popovertarget') ?? '');
    if (!popover) continue;
    button.setAttribute('aria-expanded', 'false');
    popover.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (open && popover.matches('form')) popover.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    });
  }
}
