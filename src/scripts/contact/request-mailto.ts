/**
 * The `mailto` delivery in the browser: opens the visitor's email app with the request filled
 * in, and shows a status that keeps a link to the same email in case no mail app answered.
 * Nothing confirms that the email was sent, so the draft stays until the visitor says so.
 */
export function sendByEmail(root: Document, mailtoUrl: string): void {
  const status = root.querySelector<HTMLElement>('[data-request-status]');
  const link = root.querySelector<HTMLAnchorElement>('[data-request-mailto]');
  if (link) link.href = mailtoUrl;
  if (status) status.hidden = false;
  window.location.href = mailtoUrl;
}
