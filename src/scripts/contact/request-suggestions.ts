import type { SiteWords } from '../../i18n';
import { renderExcerpt, searchHelpCenter } from '../search/pagefind-client';

/**
 * Suggested articles under the subject: from three characters and a short pause, up to five
 * articles, FAQ entries or questions that may already answer it, each opening in a new tab so
 * the half-written request stays where it is. Search loads only once the visitor types.
 */
export const SUGGEST_MIN_CHARS = 3;
export const SUGGEST_PAUSE_MS = 400;
export const SUGGEST_LIMIT = 5;

/** What the suggestions say: the request form's script is handed these. */
export const SUGGESTION_MESSAGES = ['contact.suggestionsFound', 'contact.opensInNewTab'] as const;

export function setUpSuggestions(subject: HTMLInputElement, region: HTMLElement, { t }: SiteWords<(typeof SUGGESTION_MESSAGES)[number]>): void {
  const list = region.querySelector('ul');
  if (!list) return;
  const doc = subject.ownerDocument;
  // Announced once per update, rather than reading the whole list to a screen reader user mid-sentence.
  const status = doc.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  region.after(status);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let shown = '';

  const hide = () => {
    region.hidden = true;
    list.replaceChildren();
    shown = '';
  };

  const suggest = async (query: string) => {
    const ticket = ++latest;
    let hits;
    try {
      ({ hits } = await searchHelpCenter(query, { limit: SUGGEST_LIMIT }));
    } catch {
      // Search unavailable (offline, or a preview without an index): the form works without suggestions.
      return;
    }
    if (ticket !== latest) return;
    if (!hits.length) {
      hide();
      status.textContent = '';
      return;
    }
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = hit.url;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = hit.title;
        const note = doc.createElement('span');
        note.className = 'visually-hidden';
        note.textContent = t('contact.opensInNewTab');
        link.append(note);
        item.append(link);
        if (hit.breadcrumb) {
          const trail = doc.createElement('span');
          trail.className = 'suggestion-trail';
          trail.textContent = hit.breadcrumb;
          item.append(trail);
        }
        const excerpt = doc.createElement('span');
        excerpt.className = 'suggestion-excerpt';
        renderExcerpt(excerpt, hit.excerptHtml);
        item.append(excerpt);
        return item;
      }),
    );
    region.hidden = false;
    shown = query;
    status.textContent = t('contact.suggestionsFound', { count: hits.length });
  };

  subject.addEventListener('input', () => {
    clearTimeout(timer);
    const query = subject.value.trim();
    if (query.length < SUGGEST_MIN_CHARS) {
      latest++;
      hide();
      return;
    }
    if (query === shown) return;
    timer = setTimeout(() => void suggest(query), SUGGEST_PAUSE_MS);
  });
}
