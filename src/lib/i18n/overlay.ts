/**
 * One language's view of the content: every original entry, with the words of its translation
 * laid over it where one exists. An entry without a translation keeps the default language's
 * words and says so (`lang`), so its page is shown in that language's chrome with a notice.
 * Ids stay the originals': sections, labels, related articles and answers find each other in
 * every language the same way.
 */
import type { Entry } from '../knowledge-base/model';

/** A translation as the content layer gives it: its original's id, its file and its frontmatter. */
export interface TranslationEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** What an entry of one language's view knows about its language. */
export interface Localization {
  /** The language its words are in: the page's own, or the default language's for a fallback. */
  lang: string;
  /** Set when the words are a translation. */
  translation?: {
    file: string;
    /** The original changed after the translation was last brought in line with it. */
    outdated: boolean;
  };
}

export type LocalizedEntry<T> = Entry<T> & { localization?: Localization };

/** Fields of a translation that are not words laid over the original's data. */
const NOT_OVERLAID = new Set(['slug', 'draft']);

export interface OverlayOptions {
  /** The language of this view. */
  locale: string;
  /** The default language (the originals'). */
  defaultLocale: string;
  /** When a file last changed, from its frontmatter or git: decides "may be out of date". */
  changedAt: (file: string, data: Record<string, unknown>) => Date | undefined;
  /** Keep draft translations out (production builds). */
  production: boolean;
}

/** The date a translation or an original was last changed, as writers mark it: `updated`, else `created`/`asked`/`date`. */
export function writtenDate(data: Record<string, unknown>): Date | undefined {
  for (const key of ['updated', 'created', 'asked', 'date']) {
    const value = data[key];
    if (value instanceof Date) return value;
  }
  return undefined;
}

/** The entries of one collection in one language. */
export function overlayEntries<T>(originals: readonly Entry<T>[], translations: ReadonlyMap<string, TranslationEntry>, options: OverlayOptions): LocalizedEntry<T>[] {
  if (options.locale === options.defaultLocale) return originals.map((e) => ({ ...e, localization: { lang: options.defaultLocale } }));
  return originals.map((original) => {
    const translation = translations.get(original.slug);
    if (!translation || (options.production && translation.data.draft === true)) {
      return { ...original, localization: { lang: options.defaultLocale } };
    }
    const words = Object.fromEntries(Object.entries(translation.data).filter(([k, v]) => !NOT_OVERLAID.has(k) && v !== undefined));
    const originalChanged = options.changedAt(original.file, original.data as Record<string, unknown>);
    const translationChanged = options.changedAt(translation.file, translation.data);
    return {
      slug: original.slug,
      file: translation.file,
      data: { ...original.data, ...words } as T,
      localization: {
        lang: options.locale,
        translation: { file: translation.file, outdated: Boolean(originalChanged && translationChanged && translationChanged < originalChanged) },
      },
    };
  });
}

/** The translated addresses of one language: original id → the translation's own `slug:`. */
export function translatedSlugs(translations: ReadonlyMap<string, TranslationEntry>): Map<string, string> {
  return new Map([...translations].filter(([, t]) => typeof t.data.slug === 'string').map(([id, t]) => [id, t.data.slug as string]));
}
