import { composeMailto } from '../lib/mailto';

/**
 * Sends the request form as an email: every field goes into the message, the mail app opens,
 * and a status line keeps a link to the same email in case no mail app answered.
 */
export function setUpMailtoRequestForm(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-request-form]');
  const status = root.querySelector<HTMLElement>('[data-request-status]');
  const link = root.querySelector<HTMLAnchorElement>('[data-request-mailto]');
  if (!form || !status || !link) return;

  const labelOf = (field: HTMLElement) => root.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? field.id;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')].map((field) => ({
      label: labelOf(field),
      value: field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.textContent ?? field.value) : field.value,
    }));
    const subject = (form.elements.namedItem('subject') as HTMLInputElement).value;
    const mailto = composeMailto(form.dataset.supportEmail ?? '', subject, fields);
    link.href = mailto;
    status.hidden = false;
    window.location.href = mailto;
  });
}
