/**
 * The same page in every language, from the address of the page being rendered: what the
 * language switcher links to and what the hreflang links list. An article, FAQ page or question
 * that a language has not translated leads to its closest parent there (its section, the FAQ
 * index, its topic), so a switch never lands on text in yet another language.
 */
import type { SiteLocale } from './locales';
import type { Urls } from '../site/urls';

export type TranslatableKind = 'article' | 'faq' | 'question';

/** What the pages of one language are: which ids it translated, under which slugs. */
export interface LanguagePages {
  locale: SiteLocale;
  urls: Urls;
  /** Ids translated into this language (every id, for the default language). */
  has(kind: TranslatableKind, id: string): boolean;
  /** The id of the page at a slug of this language ("arbeitsbereich-einrichten" → "create-your-workspace"). */
  idOf(kind: TranslatableKind, slug: string): string;
}

/** Where an untranslated page's visitor goes instead: its section, the FAQ index, its topic. */
export type ParentOf = (kind: TranslatableKind, id: string, urls: Urls) => string;

export interface Alternate {
  locale: SiteLocale;
  href: string;
  /** The same content in that language (else its closest parent). */
  sameContent: boolean;
}

const KIND_OF_FOLDER: Record<string, TranslatableKind> = { articles: 'article', faq: 'faq', questions: 'question' };

/** The page an address shows: a translatable entry by kind and slug, or any other page by its path without the prefix. */
export function pageOfPath(path: string, locale: SiteLocale): { kind: TranslatableKind; slug: string } | { kind: 'page'; rest: string } {
  const rest = locale.prefix && path.startsWith(`${locale.prefix}/`) ? path.slice(locale.prefix.length) : path;
  const m = /^\/(?:(articles|faq)|community\/(questions))\/([^/]+)\/$/.exec(rest);
  if (m && m[3] !== 'page') return { kind: KIND_OF_FOLDER[m[1] ?? m[2]!]!, slug: m[3]! };
  return { kind: 'page', rest };
}

/** The page at `path` (in `current`'s language) in every language of `languages`, in their order. */
export function alternatesOf(path: string, current: LanguagePages, languages: readonly LanguagePages[], parentOf: ParentOf): Alternate[] {
  const page = pageOfPath(path, current.locale);
  if (page.kind === 'page') return languages.map((l) => ({ locale: l.locale, href: `${l.locale.prefix}${page.rest}`, sameContent: true }));
  const id = current.idOf(page.kind, page.slug);
  return languages.map((l) => {
    // The page itself stays the current language's entry, translated or not.
    if (l.locale.code === current.locale.code) return { locale: l.locale, href: path, sameContent: l.has(page.kind as TranslatableKind, id) };
    if (l.has(page.kind as TranslatableKind, id)) {
      const href = page.kind === 'article' ? l.urls.article(id) : page.kind === 'faq' ? l.urls.faq(id) : l.urls.question(id);
      return { locale: l.locale, href, sameContent: true };
    }
    return { locale: l.locale, href: parentOf(page.kind as TranslatableKind, id, l.urls), sameContent: false };
  });
}

/**
 * The hreflang links of a page: every language that has this content in its own words, plus
 * x-default (the default language's page). None for a page that is itself a fallback, or that
 * no other language has: it has no alternates.
 */
export function hreflangLinks(alternates: readonly Alternate[], current: SiteLocale): { hreflang: string; href: string }[] {
  const same = alternates.filter((a) => a.sameContent);
  if (!same.some((a) => a.locale.code === current.code) || same.length < 2) return [];
  const byDefault = same.find((a) => a.locale.isDefault);
  return [...same.map((a) => ({ hreflang: a.locale.code, href: a.href })), ...(byDefault ? [{ hreflang: 'x-default', href: byDefault.href }] : [])];
}
