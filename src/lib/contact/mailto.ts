/**
 * Builds a mailto: URL whose subject and body hold everything a customer typed, so that
 * sending by email never asks them to type it again.
 */
export interface MailtoField {
  label: string;
  value: string;
}

export function composeMailto(to: string, subject: string, fields: readonly MailtoField[]): string {
  const body = fields
    .filter((f) => f.value.trim() !== '')
    .map((f) => (f.value.includes('\n') ? `${f.label}:\n${f.value}` : `${f.label}: ${f.value}`))
    .join('\n\n');
  // encodeURIComponent, not URLSearchParams: mail clients read "+" literally rather than as a space.
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
