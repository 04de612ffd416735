/**
 * The search box as a WAI-ARIA combobox with a listbox popup (list autocomplete): focus stays
 * in the text field, arrow keys move a highlighted option (aria-activedescendant), Enter opens
 * it, Escape first clears the words and then gives focus back to where the visitor was before
 * the shortcut. `/` and Ctrl/⌘-K focus the main box from anywhere. Pagefind loads the first
 * time a box gets focus, not before.
 */
import type { SiteMessageKey } from '../../i18n';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';
import type { SearchHit } from '../../lib/search/results';
import { normalizeQuery, useSearchPath } from '../../lib/search/state';
import { escapeAction, nextActive, SUGGESTION_MESSAGES, suggestionChoices, suggestionStatus, type Choice } from '../../lib/search/suggestions';
import { element, quotedText } from '../dom';
import { configureSearch, loadPagefind, renderExcerpt, searchHelpCenter } from './pagefind-client';

/** What a box writes: its component (src/components/SearchBox.astro) hands it these messages. */
export const BOX_MESSAGES = [...SUGGESTION_MESSAGES, 'search.noMatches', 'search.unavailableBox'] as const satisfies readonly SiteMessageKey[];

interface BoxConfig {
  suggestions: number;
  debounceMs: number;
  highlightTerms: boolean;
  snippetWords: number;
  requestUrl: string;
}

/** One option of the list, drawn from its choice: a result's title, place and snippet, or an action's words. */
function optionFor(doc: Document, choice: Choice, id: string): HTMLElement {
  const option = element(doc, 'li', { class: 'suggestion' });
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  if (choice.kind === 'result') {
    const snippet = element(doc, 'span', { class: 'suggestion-snippet' });
    renderExcerpt(snippet, choice.excerptHtml);
    option.append(element(doc, 'span', { class: 'suggestion-title' }, choice.title), element(doc, 'span', { class: 'suggestion-path' }, choice.path), snippet);
  } else {
    option.classList.add('suggestion-action');
    option.append(...quotedText(doc, choice.text));
  }
  return option;
}

/** The elements of one box. */
interface BoxParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  listbox: HTMLElement;
  popup: HTMLElement;
  message: HTMLElement;
  status: HTMLElement;
}

function findParts(form: HTMLFormElement): BoxParts | undefined {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  return input && listbox && popup && message && status ? { form, input, listbox, popup, message, status } : undefined;
}

/** The popup's state on screen: open or not, and which option is highlighted (aria-activedescendant). */
function popupControl({ input, listbox, popup }: BoxParts) {
  let active = -1;
  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  return {
    isOpen: () => !popup.hidden,
    active: () => active,
    setActive,
    open() {
      popup.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    },
    close() {
      popup.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    },
  };
}

function setUpBox(form: HTMLFormElement, doc: Document): void {
  const parts = findParts(form);
  if (!parts) return;
  const { input, listbox, popup, message, status } = parts;
  const config = JSON.parse(form.dataset.searchConfig ?? '{}') as BoxConfig;
  const messages = wordsFrom(JSON.parse(form.querySelector('script[data-search-messages]')?.textContent ?? '') as ScriptMessages<(typeof BOX_MESSAGES)[number]>);
  configureSearch({ snippetWords: config.snippetWords });
  /** The box's own scope (the category page's box): its suggestions stay inside the category. */
  const ownScope = form.dataset.searchCategory;
  /** The page's category, if any: the header box then offers "Search in this category". */
  const pageScope = ownScope ? undefined : doc.querySelector<HTMLElement>('form[data-search-box][data-search-category]')?.dataset.searchCategory;
  const list = popupControl(parts);

  let choices: Choice[] = [];
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownFor = '';
  const go = (href: string) => window.location.assign(href);
  const words = () => normalizeQuery(input.value);

  const show = (query: string, hits: SearchHit[], total: number) => {
    choices = suggestionChoices(query, hits, total, { ownScope, pageScope, highlightTerms: config.highlightTerms, requestUrl: config.requestUrl }, messages);
    listbox.replaceChildren(...choices.map((choice, i) => optionFor(doc, choice, `${listbox.id}-${i}`)));
    message.textContent = total === 0 ? messages.t('search.noMatches', { query }) : '';
    message.hidden = total > 0;
    status.textContent = suggestionStatus(query, hits.length, total, messages);
    shownFor = query;
    list.setActive(-1);
    list.open();
  };

  const search = async (query: string) => {
    const mine = ++sequence;
    try {
      const { total, hits } = await searchHelpCenter(query, { limit: config.suggestions, ...(ownScope ? { filters: { category: ownScope } } : {}) });
      // A slower, older search must not overwrite the answer to what the visitor typed since.
      if (mine !== sequence || words() !== query) return;
      show(query, hits, total);
    } catch {
      if (mine !== sequence) return;
      show(query, [], 0);
      message.textContent = messages.t('search.unavailableBox');
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    const query = words();
    if (query) {
      timer = setTimeout(() => void search(query), config.debounceMs);
      return;
    }
    sequence++;
    shownFor = '';
    list.close();
    status.textContent = '';
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!list.isOpen()) {
        if (words()) (shownFor === words() ? list.open() : void search(words()));
      } else if (choices.length) {
        list.setActive(nextActive(list.active(), event.key === 'ArrowDown' ? 1 : -1, choices.length));
      }
    } else if (event.key === 'Enter') {
      // Without a highlighted choice the form submits to /search/?q=… as it would without JavaScript.
      const choice = list.isOpen() ? choices[list.active()] : undefined;
      if (choice) {
        event.preventDefault();
        go(choice.href);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      const action = escapeAction(input.value !== '', list.isOpen());
      if (action === 'clear') {
        input.value = '';
        schedule();
      } else if (action === 'close') list.close();
      // The phone's header box is a popover: closing it gives focus back to its Search button.
      else if (form.matches(':popover-open')) form.hidePopover();
      else returnFocus(input);
    } else if (event.key === 'Tab') {
      list.close();
    }
  };

  input.addEventListener('focus', () => {
    // The visitor showed intent: fetch Pagefind now so the first results come sooner.
    loadPagefind().catch(() => undefined);
    if (words() && shownFor === words()) list.open();
  });
  input.addEventListener('input', schedule);
  input.addEventListener('keydown', onKey);
  // Keep focus in the field while the pointer picks an option.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = option ? [...listbox.children].indexOf(option) : -1;
    if (choices[index]) go(choices[index].href);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) list.close();
  });
  form.addEventListener('submit', (event) => {
    if (!words()) {
      event.preventDefault();
      input.focus();
    }
  });
}

/** Where focus was before a shortcut moved it into a search box. */
let focusBeforeShortcut: HTMLElement | null = null;

function returnFocus(input: HTMLInputElement) {
  const target = focusBeforeShortcut;
  focusBeforeShortcut = null;
  if (target && target.isConnected && target !== input) target.focus();
  else input.blur();
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The box a shortcut focuses: the page's main search box if it has one, else the header's. */
function shortcutTarget(doc: Document): HTMLInputElement | null {
  const boxes = [...doc.querySelectorAll<HTMLInputElement>('[data-search-shortcut]')];
  const visible = boxes.filter((b) => b.getClientRects().length > 0);
  return visible.find((b) => b.dataset.searchShortcut === 'primary') ?? visible[0] ?? null;
}

/**
 * Sets up every box of the page. The page's bootstrap (src/components/SearchBox.astro) calls this
 * on the first focus of a box or the first shortcut: `shortcutFrom` is where focus was before that
 * shortcut (Escape gives it back), and a box that has focus already is treated as just focused.
 */
export function setUpSearchBoxes(doc: Document, options: { shortcutFrom?: HTMLElement | null } = {}): void {
  // "See all results" leads to the results page of the page's language.
  useSearchPath(doc.documentElement.dataset.searchPath);
  doc.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach((form) => setUpBox(form, doc));
  setUpSearchShortcuts(doc);
  if (options.shortcutFrom) focusBeforeShortcut = options.shortcutFrom;
  const focused = doc.activeElement;
  if (focused instanceof HTMLInputElement && focused.closest('form[data-search-box]')) focused.dispatchEvent(new FocusEvent('focus'));
}

let shortcutsSet = false;

/** `/` and Ctrl/⌘-K focus the page's main search field: a box's, or the results page's own. */
export function setUpSearchShortcuts(doc: Document): void {
  if (shortcutsSet) return;
  shortcutsSet = true;
  doc.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    const target = shortcutTarget(doc);
    if (!target || doc.activeElement === target) {
      if (commandK && target) event.preventDefault();
      return;
    }
    event.preventDefault();
    focusBeforeShortcut = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
    target.focus();
    target.select();
  });
}
