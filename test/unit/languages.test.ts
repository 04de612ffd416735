import { describe, expect, it } from 'vitest';
import { alternatesOf, hreflangLinks, pageOfPath, type LanguagePages, type TranslatableKind } from '../../src/lib/i18n/alternates';
import { localeOfPath, siteLocales } from '../../src/lib/i18n/locales';
import { overlayEntries, translatedSlugs, type TranslationEntry } from '../../src/lib/i18n/overlay';
import { settingsIn } from '../../src/lib/content/settings-in';
import { parseLocaleSettings, parseSettings } from '../../src/lib/content/settings';
import { makeUrls } from '../../src/lib/site/urls';
import { settingsOf } from '../support/site-model';
import { interfaceLanguageWarnings } from '../../src/lib/checks/interface-languages';
import { LANGUAGES } from '../../src/i18n/catalogue';
import { placeholdersOf, type Catalogue } from '../../src/lib/i18n/messages';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const three = siteLocales({ locale: 'en', locales: [{ code: 'en', label: 'English' }, { code: 'de', label: 'Deutsch' }, { code: 'ar', label: 'العربية' }] });
const [en, de, ar] = three as [typeof three[0], typeof three[0], typeof three[0]];

describe('the site\'s languages', () => {
  it('give the default language no prefix and the others their code, with each one\'s direction', () => {
    expect(three.map((l) => [l.code, l.prefix, l.dir, l.isDefault])).toEqual([['en', '', 'ltr', true], ['de', '/de', 'ltr', false], ['ar', '/ar', 'rtl', false]]);
  });

  it('are one language, named in itself, when the settings list none', () => {
    expect(siteLocales({ locale: 'de', locales: [] })).toEqual([{ code: 'de', label: 'Deutsch', dir: 'ltr', isDefault: true, prefix: '' }]);
  });

  it('tell an address\'s language by its first segment, the default otherwise', () => {
    expect(localeOfPath('/de/articles/x/', three).code).toBe('de');
    expect(localeOfPath('/ar/', three).code).toBe('ar');
    expect(localeOfPath('/articles/de/', three).code).toBe('en');
    expect(localeOfPath('/deutsch/', three).code).toBe('en');
    expect(localeOfPath('/en/', three).code).toBe('en');
  });

  it('are refused when the default is not among them, or one is listed twice, or a tag is malformed', () => {
    const settings = (locales: string) => parseSettings(['siteName: H', 'baseUrl: https://h.example', 'supportEmail: a@h.example', 'locale: en', locales].join('\n'), 'content/settings.yaml');
    expect(settings('locales: [{ code: de, label: Deutsch }]').errors.map((e) => e.message)).toEqual(['`locales` is not valid: the default language "en" (`locale`) must be one of the locales: add { code: en, label: … }']);
    expect(settings('locales: [{ code: en, label: English }, { code: en, label: Englisch }]').errors.map((e) => [e.line, e.message])).toEqual([[5, '`locales.1.code` is not valid: "en" is listed twice: list each language once']]);
    expect(settings('locales: [{ code: en, label: English }, { code: DE_de, label: Deutsch }]').errors[0]?.message).toBe('`locales.1.code` is not valid: give a BCP 47 language tag in its usual form, e.g. "de", "pt-BR" or "ar"');
  });
});

describe('a language\'s settings', () => {
  const site = settingsOf('locales: [{ code: en, label: English }, { code: de, label: Deutsch }]');

  it('replace the words a visitor reads and put the request form in that language', () => {
    const { settings } = parseLocaleSettings('tagline: Antworten rund um Larkspur.\n', 'content/de/settings.yaml', site);
    const german = settingsIn(site, { de: settings! }, de);
    expect([german.tagline, german.requestUrl, german.siteName]).toEqual(['Antworten rund um Larkspur.', '/de/request/', site.siteName]);
    expect(settingsIn(site, {}, en).requestUrl).toBe('/request/');
  });

  it('may not set anything but words, nor invent request types', () => {
    expect(parseLocaleSettings('brandColor: "#000000"\n', 'content/de/settings.yaml', site).errors.map((e) => [e.line, e.message])).toEqual([[1, 'brandColor cannot be set per language']]);
    const types = parseLocaleSettings('requestTypes:\n  - value: refund\n    label: Erstattung\n', 'content/de/settings.yaml', site);
    expect(types.errors.map((e) => [e.line, e.message])).toEqual([[2, 'the request type "refund" is not one of the site\'s (question, problem, billing, feedback)']]);
  });
});

describe('one language\'s view of the content', () => {
  const originals = [
    { slug: 'refunds', file: 'content/articles/refunds.mdx', data: { title: 'Refunds', description: 'How.', section: 'billing', updated: day('2026-05-01') } },
    { slug: 'invoices', file: 'content/articles/invoices.mdx', data: { title: 'Invoices', description: 'What.', section: 'billing', updated: day('2026-01-01') } },
  ];
  const translations = new Map<string, TranslationEntry>([
    ['refunds', { id: 'refunds', file: 'content/de/articles/refunds.mdx', data: { title: 'Erstattungen', description: 'Wie.', slug: 'erstattungen', updated: day('2026-04-01') } }],
    ['invoices', { id: 'invoices', file: 'content/de/articles/invoices.mdx', data: { title: 'Rechnungen', description: 'Was.', updated: day('2026-02-01'), draft: true } }],
  ]);
  const options = { locale: 'de', defaultLocale: 'en', production: true, changedAt: (_: string, data: Record<string, unknown>) => data.updated as Date };

  it('lays a translation\'s words over its original, keeping the id and where it sits', () => {
    const [refunds] = overlayEntries(originals, translations, options);
    expect(refunds).toEqual({
      slug: 'refunds', file: 'content/de/articles/refunds.mdx',
      data: { title: 'Erstattungen', description: 'Wie.', section: 'billing', updated: day('2026-04-01') },
      localization: { lang: 'de', translation: { file: 'content/de/articles/refunds.mdx', outdated: true } },
    });
  });

  it('keeps the original, in the default language, where the translation is missing or a draft', () => {
    const [, invoices] = overlayEntries(originals, translations, options);
    expect(invoices).toEqual({ ...originals[1], localization: { lang: 'en' } });
    expect(overlayEntries(originals, translations, { ...options, production: false })[1]!.localization).toEqual({ lang: 'de', translation: { file: 'content/de/articles/invoices.mdx', outdated: false } });
  });

  it('gives translated pages their own slugs', () => {
    expect([...translatedSlugs(translations)]).toEqual([['refunds', 'erstattungen']]);
  });
});

describe('the same page in every language', () => {
  const translated: Record<string, Record<TranslatableKind, Set<string>>> = {
    de: { article: new Set(['refunds']), faq: new Set(), question: new Set() },
    ar: { article: new Set(), faq: new Set(), question: new Set() },
  };
  const slugs: Record<string, Map<string, string>> = { de: new Map([['refunds', 'erstattungen']]) };
  const pages: LanguagePages[] = three.map((locale) => ({
    locale,
    urls: makeUrls({ prefix: locale.prefix, slugs: { article: slugs[locale.code] } }),
    has: (kind, id) => locale.isDefault || translated[locale.code]![kind].has(id),
    idOf: (_kind, slug) => [...(slugs[locale.code] ?? new Map())].find(([, s]) => s === slug)?.[0] ?? slug,
  }));
  const parentOf = (_kind: TranslatableKind, _id: string, urls: ReturnType<typeof makeUrls>) => urls.section('billing');

  it('follows a translated slug, and leads to the closest parent where there is no translation', () => {
    const from = alternatesOf('/de/articles/erstattungen/', pages[1]!, pages, parentOf);
    expect(from.map((a) => [a.locale.code, a.href, a.sameContent])).toEqual([
      ['en', '/articles/refunds/', true],
      ['de', '/de/articles/erstattungen/', true],
      ['ar', '/ar/sections/billing/', false],
    ]);
    expect(hreflangLinks(from, de)).toEqual([
      { hreflang: 'en', href: '/articles/refunds/' }, { hreflang: 'de', href: '/de/articles/erstattungen/' }, { hreflang: 'x-default', href: '/articles/refunds/' },
    ]);
  });

  it('gives a fallback page no hreflang links, and keeps the visitor on it in its own language', () => {
    const from = alternatesOf('/ar/articles/refunds/', pages[2]!, pages, parentOf);
    expect(from.map((a) => [a.locale.code, a.href, a.sameContent])).toEqual([
      ['en', '/articles/refunds/', true], ['de', '/de/articles/erstattungen/', true], ['ar', '/ar/articles/refunds/', false],
    ]);
    expect(hreflangLinks(from, ar)).toEqual([]);
  });

  it('maps every other page by its prefix, section pages and their numbers included', () => {
    expect(alternatesOf('/ar/sections/billing/page/2/', pages[2]!, pages, parentOf).map((a) => a.href)).toEqual(['/sections/billing/page/2/', '/de/sections/billing/page/2/', '/ar/sections/billing/page/2/']);
    expect(pageOfPath('/de/community/questions/x/', de)).toEqual({ kind: 'question', slug: 'x' });
    expect(pageOfPath('/faq/', en)).toEqual({ kind: 'page', rest: '/faq/' });
  });
});

describe('the interface\'s languages', () => {
  it('say nothing of complete languages, and warn where the interface would show English', () => {
    expect(interfaceLanguageWarnings({ locales: [{ code: 'en' }, { code: 'de' }, { code: 'ar' }, { code: 'de-CH' }] }, 'content/settings.yaml')).toEqual([]);
    expect(interfaceLanguageWarnings({ locales: [{ code: 'en' }, { code: 'fr' }] }, 'content/settings.yaml').map((w) => [w.code, w.message])).toEqual([
      ['no-interface-messages', 'the interface has no messages in "fr": its pages show the navigation, buttons and forms in English'],
    ]);
  });

  it('are complete in German and Arabic: every English message, with the same placeholders', () => {
    const english = LANGUAGES.en!.messages as Catalogue;
    for (const code of ['de', 'ar']) {
      const language = LANGUAGES[code]!.messages as Catalogue;
      for (const [area, messages] of Object.entries(english)) {
        for (const [key, message] of Object.entries(messages)) {
          const translated = language[area]?.[key];
          expect(translated, `${code} ${area}.${key}`).toBeDefined();
          expect([...placeholdersOf(translated!)].sort(), `${code} ${area}.${key}`).toEqual([...placeholdersOf(message)].sort());
        }
      }
    }
  });
});
