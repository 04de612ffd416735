/**
 * The help center's languages as pages use them: which exist, which is the default (no URL
 * prefix), each one's direction and address prefix, and which language an address is in.
 */
import { directionOf } from './translator';

export interface SiteLocale {
  /** BCP 47 tag, e.g. "de". */
  code: string;
  /** The language's own name, e.g. "Deutsch". */
  label: string;
  dir: 'ltr' | 'rtl';
  /** The default language: content/ itself, pages without a prefix. */
  isDefault: boolean;
  /** What its addresses start with: "" for the default language, "/de" for German. */
  prefix: string;
}

interface LocaleSettingsInput {
  locale: string;
  locales: readonly { code: string; label: string; dir?: 'ltr' | 'rtl' }[];
}

/** Every language of the site, in the switcher's order; a one-language site has just its own. */
export function siteLocales(settings: LocaleSettingsInput): SiteLocale[] {
  const listed = settings.locales.length > 0 ? settings.locales : [{ code: settings.locale, label: languageName(settings.locale) }];
  return listed.map((l) => ({
    code: l.code,
    label: l.label,
    dir: l.dir ?? directionOf(l.code),
    isDefault: l.code === settings.locale,
    prefix: l.code === settings.locale ? '' : `/${l.code}`,
  }));
}

/** A language's name in itself ("Deutsch" for "de"), for a one-language site that names none. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language an address on the site is in: its first segment when that is a listed language, else the default. */
export function localeOfPath(pathname: string, locales: readonly SiteLocale[]): SiteLocale {
  const first = pathname.split('/')[1] ?? '';
  return locales.find((l) => !l.isDefault && l.code === first) ?? locales.find((l) => l.isDefault) ?? locales[0]!;
}

/** Whether the site has more than one language (then it has a switcher, prefixes and alternates). */
export const isMultilingual = (locales: readonly SiteLocale[]) => locales.length > 1;

/** The other languages' folders under content/: content/de/ holds German translations. */
export const translationLocales = (locales: readonly SiteLocale[]) => locales.filter((l) => !l.isDefault);
