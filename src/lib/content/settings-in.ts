import type { LocaleSettings } from '../../schemas/settings/locales';
import type { SiteSettings } from '../../schemas/settings/site';

/**
 * The settings as one language's pages read them: the site's, with that language's words
 * (content/<locale>/settings.yaml), and the request link in that language when it is a page of
 * this site ("/request/" becomes "/de/request/").
 */
export function settingsIn(site: SiteSettings, localeSettings: Readonly<Record<string, LocaleSettings>>, locale: { code: string; prefix: string }): SiteSettings {
  const own = localeSettings[locale.code] ?? {};
  const requestUrl = locale.prefix && site.requestUrl.startsWith('/') ? `${locale.prefix}${site.requestUrl}` : site.requestUrl;
  return { ...site, ...own, requestUrl };
}
