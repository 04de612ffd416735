/**
 * The language of the page being rendered, for any component:
 * `const { t, locale, dir, urls, settings } = pageContext(Astro)`.
 * The language is the one the page's address says (`/de/…`), else the site's default.
 */
import siteSettings, { localeSettings } from 'virtual:help-center/settings';
import { urlsFor } from '../lib/i18n/address-book';
import { localeOfPath, siteLocales, type SiteLocale } from '../lib/i18n/locales';
import { settingsIn } from '../lib/content/settings-in';
import type { Urls } from '../lib/site/urls';
import type { SiteSettings } from '../schemas/settings/site';
import { translatorFor, type SiteTranslator } from './index';

export interface PageContext {
  /** BCP 47 tag of the page's language, e.g. "de" or "ar". */
  locale: string;
  dir: 'ltr' | 'rtl';
  t: SiteTranslator['t'];
  translator: SiteTranslator;
  /** Addresses in this language (its prefix, its translated slugs). */
  urls: Urls;
  /** The settings with this language's words (tagline, request types). */
  settings: SiteSettings;
  /** Every language of the site; one entry on a one-language site. */
  locales: SiteLocale[];
  current: SiteLocale;
}

/** What of Astro's global the language is read from: pass `Astro` itself. */
export interface LocaleSource {
  url: URL;
}

const locales = siteLocales(siteSettings);
const contexts = new Map<string, PageContext>();

export function contextFor(locale: SiteLocale): PageContext {
  let context = contexts.get(locale.code);
  if (!context) {
    const translator = translatorFor(locale.code);
    context = {
      locale: locale.code, dir: locale.dir, t: translator.t, translator,
      get urls() { return urlsFor(locale); },
      settings: settingsIn(siteSettings, localeSettings, locale),
      locales, current: locale,
    };
    contexts.set(locale.code, context);
  }
  return context;
}

export function pageContext(astro: LocaleSource): PageContext {
  return contextFor(localeOfPath(astro.url.pathname, locales));
}

/** Shorthand where only the translator is needed. */
export function pageTranslator(astro: LocaleSource): SiteTranslator {
  return pageContext(astro).translator;
}

/** The settings a model's language reads (for getStaticPaths, which has no page address yet). */
export function settingsOf(model: { locale: SiteLocale }): SiteSettings {
  return contextFor(model.locale).settings;
}

/**
 * The language a route's getStaticPaths writes its pages' data in (titles, breadcrumbs), before
 * there is an `Astro` to ask: the site's own language, or the locale a route made per language passes.
 */
export function routeTranslator(locale: string = siteSettings.locale): SiteTranslator {
  return translatorFor(locale);
}
