/**
 * The interface's languages. English is the source: every message exists there, and its shape
 * (areas and keys) is the type every other language is checked against. A complete language
 * has every message (a missing one fails type checking, so `npm run check`); a partial one may
 * leave some out, and those fall back to English with a warning.
 */
import type { Message, PartialCatalogue } from '../lib/i18n/messages';
import en from './en';
import de from './de';
import ar from './ar';

export type SiteCatalogue = typeof en;
export type CompleteArea<A extends keyof SiteCatalogue> = { [K in keyof SiteCatalogue[A]]: Message };
export type CompleteCatalogue = { [A in keyof SiteCatalogue]: CompleteArea<A> };

export interface Language {
  messages: CompleteCatalogue | PartialCatalogue<SiteCatalogue>;
  complete: boolean;
}

export const SOURCE_LOCALE = 'en';

/** The languages the interface is written in, by primary language subtag. */
export const LANGUAGES: Record<string, Language> = {
  en: { messages: en, complete: true },
  de: { messages: de satisfies CompleteCatalogue, complete: true },
  ar: { messages: ar satisfies CompleteCatalogue, complete: true },
};
