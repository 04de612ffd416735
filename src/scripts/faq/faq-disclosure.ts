/**
 * FAQ pages arrive with every answer open under its `##` question (readable without scripts,
 * and printable). This script makes each question a disclosure: the heading's words move into
 * a button with aria-expanded, answers collapse with hidden="until-found" (so find-in-page
 * still reaches and opens them), and the answer the address points to (#question-slug) opens
 * and comes into view. "Expand all", "Collapse all" and a "Copy link" per question complete it.
 */
import type { SiteMessageKey } from '../../i18n';
import { wordsFrom, type ScriptMessages, type Words } from '../../lib/i18n/messages';

/** What the script writes: its component (src/components/FaqToolbar.astro) hands it these messages. */
export const FAQ_MESSAGES = [
  'faq.copyLink',
  'faq.copyLinkContext',
  'faq.linkCopied',
  'faq.linkCopiedStatus',
  'faq.linkInAddressBar',
  'faq.linkInAddressBarStatus',
] as const satisfies readonly SiteMessageKey[];
type FaqWords = Words<(typeof FAQ_MESSAGES)[number]>;

interface Item {
  question: HTMLElement;
  toggle: HTMLButtonElement;
  answer: HTMLElement;
}

const COPIED_FOR_MS = 2000;

function setOpen(item: Item, open: boolean): void {
  item.toggle.setAttribute('aria-expanded', String(open));
  if (open) item.answer.removeAttribute('hidden');
  else item.answer.setAttribute('hidden', 'until-found');
}

function enhance(root: Document, element: HTMLElement, { t }: FaqWords): Item | undefined {
  const question = element.querySelector<HTMLElement>('.faq-question');
  const answer = element.querySelector<HTMLElement>('[data-faq-answer]');
  if (!question || !answer) return undefined;
  const toggle = root.createElement('button');
  toggle.type = 'button';
  toggle.className = 'faq-toggle';
  toggle.setAttribute('aria-controls', answer.id);
  toggle.append(...question.childNodes);
  question.append(toggle);

  const copy = root.createElement('button');
  copy.type = 'button';
  copy.className = 'faq-copy';
  copy.dataset.faqCopy = question.id;
  const label = root.createElement('span');
  label.textContent = t('faq.copyLink');
  const context = root.createElement('span');
  context.className = 'visually-hidden';
  context.textContent = t('faq.copyLinkContext', { question: toggle.textContent?.trim() ?? '' });
  copy.append(label, context);
  // Inside the answer, after it: the question keeps the whole width, whether the script ran or not.
  answer.append(copy);

  const item = { question, toggle, answer };
  toggle.addEventListener('click', () => setOpen(item, toggle.getAttribute('aria-expanded') !== 'true'));
  // Find-in-page opened the answer by itself: keep the button in step.
  answer.addEventListener('beforematch', () => setOpen(item, true));
  return item;
}

async function copyLink(root: Document, id: string, button: HTMLButtonElement, status: HTMLElement | null, { t }: FaqWords): Promise<void> {
  const { location } = root.defaultView!;
  const url = `${location.origin}${location.pathname}#${id}`;
  const label = button.firstElementChild as HTMLElement;
  try {
    await root.defaultView!.navigator.clipboard.writeText(url);
    label.textContent = t('faq.linkCopied');
    if (status) status.textContent = t('faq.linkCopiedStatus');
  } catch {
    // No clipboard (an old browser, or permission refused): show the link in the address bar instead.
    root.defaultView!.history.replaceState(null, '', `#${id}`);
    label.textContent = t('faq.linkInAddressBar');
    if (status) status.textContent = t('faq.linkInAddressBarStatus');
  }
  button.dataset.copied = '';
  setTimeout(() => {
    label.textContent = t('faq.copyLink');
    delete button.dataset.copied;
  }, COPIED_FOR_MS);
}

export function setUpFaq(root: Document): void {
  const list = root.querySelector<HTMLElement>('[data-faq-list]');
  const island = root.querySelector('script[data-faq-messages]');
  if (!list || !island) return;
  const words = wordsFrom(JSON.parse(island.textContent ?? '') as ScriptMessages<(typeof FAQ_MESSAGES)[number]>);
  const items = [...list.querySelectorAll<HTMLElement>('[data-faq-item]')]
    .map((element) => enhance(root, element, words))
    .filter((item): item is Item => item !== undefined);
  const status = root.querySelector<HTMLElement>('[data-faq-status]');

  /** Opens the answer holding the element the address names, and scrolls it into view. */
  const openFromHash = () => {
    const id = decodeURIComponent(root.defaultView!.location.hash.slice(1));
    const target = id ? root.getElementById(id) : null;
    const item = target && items.find((i) => i.question.parentElement!.contains(target));
    if (!item) return false;
    setOpen(item, true);
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    return true;
  };

  for (const item of items) setOpen(item, false);
  list.dataset.faqReady = '';
  openFromHash();
  root.defaultView!.addEventListener('hashchange', openFromHash);

  const toolbar = root.querySelector<HTMLElement>('[data-faq-toolbar]');
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.querySelector('[data-faq-expand-all]')?.addEventListener('click', () => items.forEach((i) => setOpen(i, true)));
    toolbar.querySelector('[data-faq-collapse-all]')?.addEventListener('click', () => items.forEach((i) => setOpen(i, false)));
  }
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-faq-copy]');
    if (button) void copyLink(root, button.dataset.faqCopy!, button, status, words);
  });
}
