/**
 * The search box as a WAI-ARIA combobox with a listbox popup (list autocomplete): focus stays
 * in the text field, arrow keys move a highlighted option (aria-activedescendant), Enter opens
 * it, Escape first clears the words and then gives focus back to where the visitor was before
 * the shortcut. `/` and Ctrl/⌘-K focus the main box from anywhere. Pagefind loads the first
 * time a box gets focus, not before.
 */
import { typeLabel } from '../../lib/search/facets';
import { safeSitePath, withHighlight, type SearchHit } from '../../lib/search/results';
import { normalizeQuery, searchPageUrl } from '../../lib/search/state';
import { configureSearch, loadPagefind, renderExcerpt, searchHelpCenter } from './pagefind-client';

interface BoxConfig {
  suggestions: number;
  debounceMs: number;
  highlightTerms: boolean;
  snippetWords: number;
  requestUrl: string;
}

/** A choice in the list: a result, or an action such as "See all results". */
interface Choice {
  href: string;
  render(option: HTMLElement): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string) => {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function setUpBox(form: HTMLFormElement, doc: Document): void {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !listbox || !popup || !message || !status) return;
  const config = JSON.parse(form.dataset.searchConfig ?? '{}') as BoxConfig;
  configureSearch({ snippetWords: config.snippetWords });
  /** The box's own scope (the category page's box): its suggestions stay inside the category. */
  const ownScope = form.dataset.searchCategory;
  /** The page's category, if any: the header box then offers "Search in this category". */
  const pageScope = ownScope ? undefined : doc.querySelector<HTMLElement>('form[data-search-box][data-search-category]')?.dataset.searchCategory;

  let choices: Choice[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownFor = '';

  const isOpen = () => !popup.hidden;
  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const go = (href: string) => window.location.assign(href);
  const resultsUrl = (query: string, category?: string) =>
    searchPageUrl({ query, filters: category ? { category: [category] } : {} });

  const resultChoice = (hit: SearchHit, query: string): Choice => ({
    href: config.highlightTerms ? withHighlight(safeSitePath(hit.url), query) : safeSitePath(hit.url),
    render(option) {
      const title = el(doc, 'span', 'suggestion-title', hit.title);
      const path = el(doc, 'span', 'suggestion-path', [typeLabel(hit.type, 'one'), hit.breadcrumb].filter(Boolean).join(' · '));
      const snippet = el(doc, 'span', 'suggestion-snippet');
      renderExcerpt(snippet, hit.excerptHtml);
      option.append(title, path, snippet);
    },
  });
  const actionChoice = (href: string, text: string, quoted?: string): Choice => ({
    href,
    render(option) {
      option.classList.add('suggestion-action');
      option.append(doc.createTextNode(text));
      if (quoted !== undefined) option.append(doc.createTextNode(' '), el(doc, 'q', undefined, quoted));
    },
  });

  const show = (query: string, hits: SearchHit[], total: number) => {
    const list: Choice[] = hits.map((hit) => resultChoice(hit, query));
    const scope = ownScope ?? pageScope;
    if (scope && total > 0) list.push(actionChoice(resultsUrl(query, scope), `Search in ${scope} for`, query));
    if (ownScope) list.push(actionChoice(resultsUrl(query), 'Search the whole help center for', query));
    else if (total > 0) list.push(actionChoice(resultsUrl(query), `See all ${total} ${total === 1 ? 'result' : 'results'} for`, query));
    if (total === 0) list.push(actionChoice(config.requestUrl, 'Ask our team: submit a request'));
    choices = list;
    listbox.replaceChildren(
      ...list.map((choice, i) => {
        const option = el(doc, 'li', 'suggestion');
        option.id = `${listbox.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        choice.render(option);
        return option;
      }),
    );
    message.textContent = total === 0 ? `No matches for “${query}”.` : '';
    message.hidden = total > 0;
    status.textContent = total === 0
      ? `No matches for ${query}.`
      : `${hits.length} of ${total} ${total === 1 ? 'result' : 'results'} shown. Use the up and down arrow keys to choose.`;
    shownFor = query;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
  };

  const search = async (query: string) => {
    const mine = ++sequence;
    try {
      const { total, hits } = await searchHelpCenter(query, {
        limit: config.suggestions,
        ...(ownScope ? { filters: { category: ownScope } } : {}),
      });
      // A slower, older search must not overwrite the answer to what the visitor typed since.
      if (mine !== sequence || normalizeQuery(input.value) !== query) return;
      show(query, hits, total);
    } catch {
      if (mine !== sequence) return;
      show(query, [], 0);
      message.textContent = 'Search is not available right now. Check your connection and try again.';
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    const query = normalizeQuery(input.value);
    if (!query) {
      sequence++;
      shownFor = '';
      close();
      status.textContent = '';
      return;
    }
    timer = setTimeout(() => void search(query), config.debounceMs);
  };

  input.addEventListener('focus', () => {
    // The visitor showed intent: fetch Pagefind now so the first results come sooner.
    loadPagefind().catch(() => undefined);
    if (normalizeQuery(input.value) && shownFor === normalizeQuery(input.value)) open();
  });
  input.addEventListener('input', schedule);

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen()) {
        if (normalizeQuery(input.value)) (shownFor === normalizeQuery(input.value) ? open() : void search(normalizeQuery(input.value)));
        return;
      }
      if (!choices.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : choices.length - 1) : (active + step + choices.length) % choices.length);
    } else if (event.key === 'Enter') {
      const choice = isOpen() ? choices[active] : undefined;
      if (choice) {
        event.preventDefault();
        go(choice.href);
      }
      // Otherwise the form submits to /search/?q=… as it would without JavaScript.
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (input.value) {
        input.value = '';
        schedule();
      } else if (isOpen()) {
        close();
      } else {
        returnFocus(input);
      }
    } else if (event.key === 'Tab') {
      close();
    }
  });

  // Keep focus in the field while the pointer picks an option.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = option ? [...listbox.children].indexOf(option) : -1;
    if (choices[index]) go(choices[index].href);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  form.addEventListener('submit', (event) => {
    if (!normalizeQuery(input.value)) {
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

export function setUpSearchBoxes(doc: Document): void {
  doc.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach((form) => setUpBox(form, doc));
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
