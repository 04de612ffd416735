import { describe, expect, it } from 'vitest';
import { formatList, formatMessage, formatParts, placeholdersOf, wordsFrom, type Catalogue } from '../../src/lib/i18n/messages';
import { directionOf, makeTranslator } from '../../src/lib/i18n/translator';
import { LANGUAGES, SOURCE_LOCALE } from '../../src/i18n/catalogue';

describe('formatMessage', () => {
  const articles = { zero: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: '{count} مقالات', many: '{count} مقالًا', other: '{count} مقال' };
  it('picks the plural form by the language\'s rules and writes numbers its way', () => {
    expect(formatMessage({ one: '{count} article', other: '{count} articles' }, { count: 1 }, 'en')).toBe('1 article');
    expect(formatMessage({ one: '{count} article', other: '{count} articles' }, { count: 1234 }, 'en')).toBe('1,234 articles');
    expect(formatMessage({ one: '{count} Artikel', other: '{count} Artikel' }, { count: 1234 }, 'de')).toBe('1.234 Artikel');
    expect([0, 1, 2, 3, 11, 100].map((count) => formatMessage(articles, { count }, 'ar'))).toEqual(['لا مقالات', 'مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']);
    // Digits follow the locale: Egyptian Arabic writes Arabic-Indic ones.
    expect(formatMessage(articles, { count: 3 }, 'ar-EG')).toBe('٣ مقالات');
  });

  it('puts text values in as given and leaves unknown placeholders visible', () => {
    expect(formatMessage('Results for "{query}" in {place}', { query: '<b>' }, 'en')).toBe('Results for "<b>" in {place}');
    expect([...placeholdersOf({ one: '{count} in {section}', other: '{count}' })]).toEqual(['count', 'section']);
  });
});

describe('formatParts', () => {
  it('cuts a message where an element goes, wherever the language puts it, and fills the rest', () => {
    expect(formatParts('Did you mean {suggestion}?', {}, 'en')).toEqual(['Did you mean ', { slot: 'suggestion' }, '?']);
    expect(formatParts('In „{scope}“ nach {query} suchen', { scope: 'Abrechnung' }, 'de')).toEqual(['In „Abrechnung“ nach ', { slot: 'query' }, ' suchen']);
    expect(formatParts({ one: '{count} result for {query}', other: '{count} results for {query}' }, { count: 1200 }, 'en')).toEqual(['1,200 results for ', { slot: 'query' }]);
  });

  it('keeps a value that looks like a placeholder as text', () => {
    expect(formatParts('{results} in {category}', { results: '3 results', category: '{query}' }, 'en')).toEqual(['3 results in {query}']);
  });
});

describe('wordsFrom (a script\'s messages in the browser)', () => {
  it('formats the messages it was handed in their language', () => {
    const words = wordsFrom({ locale: 'ar', messages: { 'search.resultCount': { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{count} نتائج', many: '{count} نتيجةً', other: '{count} نتيجة' }, 'search.didYouMean': 'هل تقصد {suggestion}؟' } });
    expect(words.t('search.resultCount', { count: 2 })).toBe('نتيجتان');
    expect(words.parts('search.didYouMean')).toEqual(['هل تقصد ', { slot: 'suggestion' }, '؟']);
  });
});

describe('formatList', () => {
  it('joins as the language does', () => {
    expect(['en', 'de', 'ar'].map((locale) => formatList(['A', 'B', 'C'], locale))).toEqual(['A, B, C', 'A, B und C', 'A وB وC']);
  });
});

describe('translators', () => {
  const fallback = { site: { home: 'Home', results: { one: '{count} result', other: '{count} results' } } } satisfies Catalogue;
  it('fall back to the source language message by message, and say which', () => {
    const missing: string[] = [];
    const t = makeTranslator({ locale: 'fr', catalogue: { site: { home: 'Accueil' } }, fallback, fallbackLocale: 'en', onFallback: (k) => missing.push(k) });
    expect(t.t('site.home')).toBe('Accueil');
    expect(t.t('site.results', { count: 2000 })).toBe('2,000 results');
    expect(missing).toEqual(['site.results']);
    expect(t.parts('site.results', { count: 1 })).toEqual(['1 result']);
  });

  it('know the direction of a language', () => {
    expect(['en', 'de', 'ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab', 'ku-Latn', 'zh-Hant'].map(directionOf)).toEqual(['ltr', 'ltr', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });
});

describe('the interface\'s catalogues', () => {
  const source = LANGUAGES[SOURCE_LOCALE]!.messages as Catalogue;
  for (const [locale, language] of Object.entries(LANGUAGES)) {
    it(`${locale}: every message keeps the placeholders of English, and plural messages have "other"`, () => {
      const messages = language.messages as Catalogue;
      for (const [area, keys] of Object.entries(source)) {
        for (const [key, english] of Object.entries(keys)) {
          const own = messages[area]?.[key];
          if (own === undefined) {
            expect(language.complete, `${locale} lacks ${area}.${key}`).toBe(false);
            continue;
          }
          expect([...placeholdersOf(own)].sort(), `${locale} ${area}.${key}`).toEqual([...placeholdersOf(english)].sort());
          if (typeof own !== 'string') expect(own.other, `${locale} ${area}.${key}`).toBeTruthy();
          if (typeof english !== 'string') expect(typeof own, `${locale} ${area}.${key} must be a plural message, as in English`).toBe('object');
        }
        for (const key of Object.keys(messages[area] ?? {})) expect(keys, `${locale} has ${area}.${key}, which English has not`).toHaveProperty(key);
      }
    });
  }
});
