/**
 * The copy button of every code block (src/components/content/CodeBlock.astro): a real button,
 * shown once this script runs, that puts the block's code on the clipboard and says so twice,
 * on the button ("Copied") and to screen readers through the block's status region. Where the
 * clipboard is refused, the code is selected and the visitor is told to press Ctrl+C (⌘C).
 * The button's `data-code-copy` holds the messages it says these with.
 */
import type { SiteMessageKey } from '../../i18n';
import { wordsFrom, type ScriptMessages, type Words } from '../../lib/i18n/messages';

/** What the script writes: its component (src/components/content/CodeBlock.astro) hands it these messages. */
export const CODE_COPY_MESSAGES = [
  'content.copyCode',
  'content.codeCopied',
  'content.codeCopiedStatus',
  'content.codeSelected',
  'content.codeSelectedStatus',
  'content.copyShortcut',
  'content.copyShortcutMac',
] as const satisfies readonly SiteMessageKey[];
type CodeCopyWords = Words<(typeof CODE_COPY_MESSAGES)[number]>;

const RESET_AFTER_MS = 2000;

async function copy(root: Document, block: HTMLElement, button: HTMLButtonElement, { t }: CodeCopyWords): Promise<void> {
  const code = block.querySelector('pre code') ?? block.querySelector('pre');
  const label = button.querySelector<HTMLElement>('[data-code-copy-label]');
  const status = block.querySelector<HTMLElement>('[data-code-copy-status]');
  const text = code?.textContent ?? '';
  const window = root.defaultView!;
  let said: string;
  try {
    await window.navigator.clipboard.writeText(text);
    said = t('content.codeCopied');
    if (status) status.textContent = t('content.codeCopiedStatus');
  } catch {
    if (code) window.getSelection()?.selectAllChildren(code);
    const mac = /Mac|iPhone|iPad/.test(window.navigator.platform);
    said = t('content.codeSelected');
    if (status) status.textContent = t('content.codeSelectedStatus', { keys: t(mac ? 'content.copyShortcutMac' : 'content.copyShortcut') });
  }
  if (label) label.textContent = said;
  button.dataset.copied = '';
  setTimeout(() => {
    if (label) label.textContent = t('content.copyCode');
    if (status) status.textContent = '';
    delete button.dataset.copied;
  }, RESET_AFTER_MS);
}

export function setUpCodeCopy(root: Document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-code-block]')) {
    const button = block.querySelector<HTMLButtonElement>('[data-code-copy]');
    if (!button || !button.hidden) continue;
    const words = wordsFrom(JSON.parse(button.dataset.codeCopy ?? '') as ScriptMessages<(typeof CODE_COPY_MESSAGES)[number]>);
    button.hidden = false;
    button.addEventListener('click', () => void copy(root, block, button, words));
  }
}
