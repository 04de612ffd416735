/**
 * The copy button of every code block (src/components/content/CodeBlock.astro): a real button,
 * shown once this script runs, that puts the block's code on the clipboard and says so twice,
 * on the button ("Copied") and to screen readers through the block's status region. Where the
 * clipboard is refused, the code is selected and the visitor is told to press Ctrl+C (⌘C).
 */

const RESET_AFTER_MS = 2000;

async function copy(root: Document, block: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const code = block.querySelector('pre code') ?? block.querySelector('pre');
  const label = button.querySelector<HTMLElement>('[data-code-copy-label]');
  const status = block.querySelector<HTMLElement>('[data-code-copy-status]');
  const text = code?.textContent ?? '';
  const window = root.defaultView!;
  let said: string;
  try {
    await window.navigator.clipboard.writeText(text);
    said = 'Copied';
    if (status) status.textContent = 'Code copied to the clipboard.';
  } catch {
    if (code) window.getSelection()?.selectAllChildren(code);
    const mac = /Mac|iPhone|iPad/.test(window.navigator.platform);
    said = 'Selected';
    if (status) status.textContent = `The code is selected: press ${mac ? '⌘C' : 'Ctrl+C'} to copy it.`;
  }
  if (label) label.textContent = said;
  button.dataset.copied = '';
  setTimeout(() => {
    if (label) label.textContent = 'Copy';
    if (status) status.textContent = '';
    delete button.dataset.copied;
  }, RESET_AFTER_MS);
}

export function setUpCodeCopy(root: Document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-code-block]')) {
    const button = block.querySelector<HTMLButtonElement>('[data-code-copy]');
    if (!button || !button.hidden) continue;
    button.hidden = false;
    button.addEventListener('click', () => void copy(root, block, button));
  }
}
