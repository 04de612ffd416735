import type { Entry } from '../knowledge-base/model';
import type { SiteModel } from '../site/model';
import type { PageLanguage } from '../site/page-head';

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
