/**
 * `t('search.resultCount', { count: 3 })` in one language, falling back message by message to
 * the default language (English) where a translation is partial, and reporting the fallbacks
 * so that the check can list them.
 */
import { formatMessage, formatParts, type Catalogue, type Message, type MessageKey, type MessagePart, type MessageValues, type PartialCatalogue, type Words } from './messages';

export interface Translator<C extends Catalogue> extends Words<MessageKey<C>> {
  locale: string;
  /** Text direction of the language: "rtl" for Arabic, Hebrew, Persian, Urdu… */
  dir: 'ltr' | 'rtl';
  t(key: MessageKey<C>, values?: MessageValues): string;
  /** The message cut where elements go (see formatParts): for a link or a date inside a sentence. */
  parts(key: MessageKey<C>, values?: MessageValues): MessagePart[];
  /** The raw message (for a script that formats it in the browser). */
  message(key: MessageKey<C>): Message;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** The writing direction of a BCP 47 language tag, from its language (and an explicit script subtag). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const [language = '', ...rest] = locale.toLowerCase().split('-');
  if (rest.includes('latn')) return 'ltr';
  if (rest.some((s) => ['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm'].includes(s))) return 'rtl';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function lookup(catalogue: Catalogue | PartialCatalogue<Catalogue>, key: string): Message | undefined {
  const dot = key.indexOf('.');
  return catalogue[key.slice(0, dot)]?.[key.slice(dot + 1)];
}

export function makeTranslator<C extends Catalogue>(options: {
  locale: string;
  catalogue: PartialCatalogue<C>;
  fallback: C;
  fallbackLocale: string;
  onFallback?: (key: string) => void;
}): Translator<C> {
  const message = (key: MessageKey<C>): Message => {
    const own = lookup(options.catalogue as PartialCatalogue<Catalogue>, key);
    if (own !== undefined) return own;
    options.onFallback?.(key);
    const fallback = lookup(options.fallback, key);
    if (fallback === undefined) throw new Error(`no message "${key}" in the ${options.fallbackLocale} catalogue`);
    return fallback;
  };
  // A message that fell back is English: its numbers are written as English writes them.
  const localeOf = (key: MessageKey<C>) => (lookup(options.catalogue as PartialCatalogue<Catalogue>, key) !== undefined ? options.locale : options.fallbackLocale);
  return {
    locale: options.locale,
    dir: directionOf(options.locale),
    message,
    t: (key, values = {}) => formatMessage(message(key), values, localeOf(key)),
    parts: (key, values = {}) => formatParts(message(key), values, localeOf(key)),
  };
}
