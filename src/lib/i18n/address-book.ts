/**
 * Each language's addresses, once its translated slugs are known: the site model registers
 * them when it loads (before any page renders), and components ask for them by language.
 * A language not registered yet (a check, a test) gets its prefix and the original slugs.
 */
import { makeUrls, type UrlScheme, type Urls } from '../site/urls';
import type { SiteLocale } from './locales';

const registered = new Map<string, Urls>();

export function registerUrls(locale: SiteLocale, slugs: UrlScheme['slugs']): Urls {
  const made = makeUrls({ prefix: locale.prefix, slugs });
  registered.set(locale.code, made);
  return made;
}

export function urlsFor(locale: SiteLocale): Urls {
  return registered.get(locale.code) ?? makeUrls({ prefix: locale.prefix });
}
