import { z } from 'astro/zod';

/** A BCP 47 language tag as Intl reads it ("de", "pt-BR", "ar"); written in its canonical form. */
export const LocaleCodeSchema = z.string().refine((code) => {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
}, { error: 'give a BCP 47 language tag in its usual form, e.g. "de", "pt-BR" or "ar"' });

/** One language of the help center, listed under `locales` in settings.yaml. */
export function LocaleSchema() {
  return z.strictObject({
    /** The language tag, e.g. "de": its pages live under /de/ and its translations under content/de/. Required. */
    code: LocaleCodeSchema,
    /** The language's name in that language, as the switcher shows it: "Deutsch", "العربية". Required. */
    label: z.string().trim().min(1),
    /** Writing direction. Default: from the language ("rtl" for Arabic, Hebrew, Persian, Urdu…). */
    dir: z.enum(['ltr', 'rtl']).optional(),
  });
}

/**
 * content/<locale>/settings.yaml: the settings that are words a visitor reads, in that language.
 * Everything else is the site's own setting, shared by every language.
 */
export function LocaleSettingsSchema() {
  return z.strictObject({
    /** The help center's name in this language. Default: the site's siteName. */
    siteName: z.string().min(1).optional(),
    /** The sentence under the name on the home page. Default: the site's tagline (in its language). */
    tagline: z.string().min(1).optional(),
    /** The request form's "What is your request about?" choices, with the same values as the site's. Default: the site's. */
    requestTypes: z.array(z.strictObject({ value: z.string().min(1), label: z.string().min(1) })).min(1).optional(),
  });
}

export type LocaleSetting = z.output<ReturnType<typeof LocaleSchema>>;
export type LocaleSettings = z.output<ReturnType<typeof LocaleSettingsSchema>>;
