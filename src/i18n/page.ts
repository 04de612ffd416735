/**
 * The language of the page being rendered, for any component: `const { t, locale, dir } = pageContext(Astro)`.
 * The locale is the one the page's address says (`/de/…`), or, on a one-language site and for
 * the default language, the site's own (settings `locale`).
 */
import settings from 'virtual:help-center/settings';
import { translatorFor, type SiteTranslator } from './index';

export interface PageContext {
  /** BCP 47 tag of the interface language, e.g. "de" or "ar". */
  locale: string;
  dir: 'ltr' | 'rtl';
  t: SiteTranslator['t'];
  translator: SiteTranslator;
}

/** What of Astro's global the language is read from: pass `Astro` itself. */
export interface LocaleSource {
  currentLocale?: string | undefined;
  url?: URL;
}

export function pageContext(astro: LocaleSource): PageContext {
  const translator = translatorFor(astro.currentLocale ?? settings.locale);
  return { locale: translator.locale, dir: translator.dir, t: translator.t, translator };
}

/** Shorthand where only the translator is needed. */
export function pageTranslator(astro: LocaleSource): SiteTranslator {
  return pageContext(astro).translator;
}

/**
 * The language a route's getStaticPaths writes its pages' data in (titles, breadcrumbs), before
 * there is an `Astro` to ask: the site's own language, or the locale a route made per language passes.
 */
export function routeTranslator(locale: string = settings.locale): SiteTranslator {
  return translatorFor(locale);
}
