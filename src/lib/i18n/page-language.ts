import type { Entry } from '../knowledge-base/model';
import type { SiteModel } from '../site/model';
import type { PageLanguage } from '../site/page-head';
import { directionOf } from './translator';

/**
 * What a page of an article, FAQ page or question says about its language: nothing in the
 * default language; in another one, whether it shows a translation (maybe out of date) or falls
 * back to the original, whose address (`originalPath`, in the default language) it names.
 */
export function pageLanguageOf(entry: Entry<unknown>, model: SiteModel, originalPath: string): PageLanguage | undefined {
  if (model.locale.isDefault) return undefined;
  const translation = entry.localization?.translation;
  return {
    contentLang: entry.localization?.lang ?? model.locale.code,
    fallback: !translation,
    outdated: Boolean(translation?.outdated),
    originalPath,
  };
}

/**
 * The attributes of a page's content element: its `lang` where its text is in another language
 * than the page (a fallback), and the search attributes, except on a fallback, which must not
 * put the default language's text into this language's search index a second time.
 */
export function contentAttributes(language: PageLanguage | undefined, pageLocale: string, search: Record<string, string>): Record<string, string> {
  const own: Record<string, string> = language && language.contentLang !== pageLocale ? { lang: language.contentLang, dir: directionOf(language.contentLang) } : {};
  if (language?.fallback) return own;
  return { 'data-pagefind-body': '', ...search, ...own };
}
