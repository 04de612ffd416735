/**
 * Remembers the language a visitor chooses in the switcher, and on a later page in another
 * language offers the way back to theirs (a link in their language; never a redirect, and
 * nothing at all on a first visit: the browser's languages are not guessed from).
 */
export const LANGUAGE_KEY = 'help-center-language';

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function remember(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Private modes without storage: the choice is simply not remembered.
  }
}

export function setUpLanguageChoice(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    link.addEventListener('click', () => remember(link.dataset.languageLink!));
  }
  const chosen = stored();
  const pageLanguage = doc.documentElement.dataset.locale;
  if (!chosen || chosen === pageLanguage) return;
  const offer = doc.querySelector<HTMLElement>(`[data-language-suggestion="${CSS.escape(chosen)}"]`);
  if (!offer) return;
  offer.hidden = false;
  offer.querySelector('[data-language-stay]')?.addEventListener('click', () => {
    if (pageLanguage) remember(pageLanguage);
    offer.hidden = true;
  });
}
