/**
 * The search box as a WAI-ARIA combobox with a listbox popup (list autocomplete): focus stays
 * in the text field, arrow keys move a highlighted option (aria-activedescendant), Enter opens
 * it, Escape first clears the words and then gives focus back to where the visitor was before
 * the shortcut. `/` and Ctrl/⌘-K focus the main box from anywhere. Pagefind loads the first
 * time a box gets focus, not before.
 */
import type { SiteMessageKey, SiteWords } from '../../i18n';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';
import type { SearchHit } from '../../lib/search/results';
import { normalizeQuery, useSearchPath } from '../../lib/search/state';
import { SUGGESTION_MESSAGES, suggestionChoices, suggestionStatus, type Choice, type ChoiceContext } from '../../lib/search/suggestions';
import { element, quotedText } from '../dom';
import { answered, choiceAt, closed, emptied, highlighted, initialBox, keyStep, opened, showsAgain, type BoxState } from './combobox-state';
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

/** One box: its elements and settings, what it knows (./combobox-state.ts) and its searches under way. */
interface Box {
  doc: Document;
  parts: BoxParts;
  config: BoxConfig;
  messages: BoxWords;
  /** Where its suggestions search and what they offer (see ChoiceContext). */
  context: ChoiceContext;
  state: BoxState;
  /** Counts the searches started, so that only the latest one's answer is shown. */
  sequence: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

type BoxWords = SiteWords<(typeof BOX_MESSAGES)[number]>;

/** Reads a box's settings and words from its form; undefined when the form lacks one of its elements. */
function readBox(form: HTMLFormElement, doc: Document): Box | undefined {
  const parts = findParts(form);
  if (!parts) return undefined;
  const config = JSON.parse(form.dataset.searchConfig ?? '{}') as BoxConfig;
  const messages = wordsFrom(JSON.parse(form.querySelector('script[data-search-messages]')?.textContent ?? '') as ScriptMessages<(typeof BOX_MESSAGES)[number]>);
  configureSearch({ snippetWords: config.snippetWords });
  /** The box's own scope (the category page's box): its suggestions stay inside the category. */
  const ownScope = form.dataset.searchCategory;
  /** The page's category, if any: the header box then offers "Search in this category". */
  const pageScope = ownScope ? undefined : doc.querySelector<HTMLElement>('form[data-search-box][data-search-category]')?.dataset.searchCategory;
  const context = { ownScope, pageScope, highlightTerms: config.highlightTerms, requestUrl: config.requestUrl };
  return { doc, parts, config, messages, context, state: initialBox(), sequence: 0, timer: undefined };
}

const wordsIn = (box: Box) => normalizeQuery(box.parts.input.value);
const go = (href: string) => window.location.assign(href);

/** Marks the highlighted option (or none, for -1) and points the field at it. */
function drawActive({ input, listbox }: BoxParts, index: number): void {
  listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
    option.setAttribute('aria-selected', String(i === index));
    if (i === index) option.scrollIntoView({ block: 'nearest' });
  });
  if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
  else input.removeAttribute('aria-activedescendant');
}

function drawOpen({ input, popup }: BoxParts, open: boolean): void {
  popup.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
}

/** The list's options, the message when nothing matched and what the live region says. */
function drawAnswer(box: Box, query: string, shown: number, total: number): void {
  const { listbox, message, status } = box.parts;
  listbox.replaceChildren(...box.state.choices.map((choice, i) => optionFor(box.doc, choice, `${listbox.id}-${i}`)));
  message.textContent = total === 0 ? box.messages.t('search.noMatches', { query }) : '';
  message.hidden = total > 0;
  status.textContent = suggestionStatus(query, shown, total, box.messages);
}

/** The list shown or hidden, and its highlight, as the state has them. */
function drawPopup(parts: BoxParts, { open, active }: BoxState): void {
  drawActive(parts, active);
  drawOpen(parts, open);
}

function showAnswer(box: Box, query: string, hits: SearchHit[], total: number): void {
  box.state = answered(query, suggestionChoices(query, hits, total, box.context, box.messages));
  drawAnswer(box, query, hits.length, total);
  drawPopup(box.parts, box.state);
}

function openList(box: Box): void {
  box.state = opened(box.state);
  drawOpen(box.parts, true);
}

function closeList(box: Box): void {
  box.state = closed(box.state);
  drawPopup(box.parts, box.state);
}

function highlight(box: Box, index: number): void {
  box.state = highlighted(box.state, index);
  drawActive(box.parts, index);
}

async function search(box: Box, query: string): Promise<void> {
  const mine = ++box.sequence;
  const scope = box.context.ownScope;
  try {
    const { total, hits } = await searchHelpCenter(query, { limit: box.config.suggestions, ...(scope ? { filters: { category: scope } } : {}) });
    // A slower, older search must not overwrite the answer to what the visitor typed since.
    if (mine !== box.sequence || wordsIn(box) !== query) return;
    showAnswer(box, query, hits, total);
  } catch {
    if (mine !== box.sequence) return;
    showAnswer(box, query, [], 0);
    box.parts.message.textContent = box.messages.t('search.unavailableBox');
  }
}

/** Searches the field's words once the visitor pauses; an emptied field closes the list at once. */
function schedule(box: Box): void {
  clearTimeout(box.timer);
  const query = wordsIn(box);
  if (query) {
    box.timer = setTimeout(() => void search(box, query), box.config.debounceMs);
    return;
  }
  box.sequence++;
  box.state = emptied(box.state);
  drawPopup(box.parts, box.state);
  box.parts.status.textContent = '';
}

function onKey(box: Box, event: KeyboardEvent): void {
  const { form, input } = box.parts;
  const step = keyStep(box.state, event.key, { words: wordsIn(box), hasText: input.value !== '' });
  if (step.preventDefault) event.preventDefault();
  switch (step.do) {
    case 'highlight': return highlight(box, step.index);
    case 'open': return openList(box);
    case 'search': return void search(box, step.query);
    case 'go': return go(step.href);
    case 'close': return closeList(box);
    case 'clear':
      input.value = '';
      return schedule(box);
    case 'leave':
      // The phone's header box is a popover: closing it gives focus back to its Search button.
      if (form.matches(':popover-open')) form.hidePopover();
      else returnFocus(input);
  }
}

function wireBox(box: Box): void {
  const { form, input, listbox, popup } = box.parts;
  input.addEventListener('focus', () => {
    // The visitor showed intent: fetch Pagefind now so the first results come sooner.
    loadPagefind().catch(() => undefined);
    if (showsAgain(box.state, wordsIn(box))) openList(box);
  });
  input.addEventListener('input', () => schedule(box));
  input.addEventListener('keydown', (event) => onKey(box, event));
  // Keep focus in the field while the pointer picks an option.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const choice = choiceAt(box.state, option ? [...listbox.children].indexOf(option) : -1);
    if (choice) go(choice.href);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) closeList(box);
  });
  form.addEventListener('submit', (event) => {
    if (!wordsIn(box)) {
      event.preventDefault();
      input.focus();
    }
  });
}

function setUpBox(form: HTMLFormElement, doc: Document): void {
  const box = readBox(form, doc);
  if (box) wireBox(box);
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
