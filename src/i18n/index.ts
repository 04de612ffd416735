/**
 * `translatorFor('de').t('site.skipLink')`: the interface text of one language. A locale with a
 * region ("de-CH") uses its language's messages; a language without messages uses English.
 */
import { makeTranslator, type Translator } from '../lib/i18n/translator';
import type { MessageKey, ScriptMessages, Words } from '../lib/i18n/messages';
import { LANGUAGES, SOURCE_LOCALE, type SiteCatalogue } from './catalogue';

export type SiteTranslator = Translator<SiteCatalogue>;
export type SiteMessageKey = MessageKey<SiteCatalogue>;
/**
 * Some of the site's messages in one language: what a pure function takes that writes with
 * those (`SiteWords<'search.noResults' | 'search.resultCount'>`). A page's translator is one;
 * a script makes one with wordsFrom from what its component handed it.
 */
export type SiteWords<K extends SiteMessageKey = SiteMessageKey> = Words<K>;

const translators = new Map<string, SiteTranslator>();

/** Keys a partial language fell back to English for, by locale: the build reports them. */
export const fallbacks = new Map<string, Set<string>>();

export function translatorFor(locale: string): SiteTranslator {
  let translator = translators.get(locale);
  if (!translator) {
    const language = LANGUAGES[locale] ?? LANGUAGES[locale.split('-')[0]!.toLowerCase()];
    translator = makeTranslator<SiteCatalogue>({
      locale,
      catalogue: language?.messages ?? {},
      fallback: LANGUAGES[SOURCE_LOCALE]!.messages as SiteCatalogue,
      fallbackLocale: SOURCE_LOCALE,
      onFallback: (key) => fallbacks.set(locale, (fallbacks.get(locale) ?? new Set()).add(key)),
    });
    translators.set(locale, translator);
  }
  return translator;
}

/** The raw messages a client script needs, to format in the browser with src/lib/i18n/messages.ts. */
export function clientMessages<K extends SiteMessageKey>(translator: SiteTranslator, keys: readonly K[]): Record<K, ReturnType<SiteTranslator['message']>> {
  return Object.fromEntries(keys.map((k) => [k, translator.message(k)])) as Record<K, ReturnType<SiteTranslator['message']>>;
}

/**
 * What a component hands its script: the messages it needs and the language to write them in,
 * for `wordsFrom` in the browser. Serialise it with serializeJsonLd into a
 * `<script type="application/json">` or a data attribute.
 */
export function scriptMessages<K extends SiteMessageKey>(translator: SiteTranslator, keys: readonly K[]): ScriptMessages<K> {
  return { locale: translator.locale, messages: clientMessages(translator, keys) };
}
