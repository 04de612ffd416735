/**
 * The checks of translations (files under content/<locale>/): each has an original, one per
 * language, a slug of its own that no other page of its language takes, links that stay in its
 * language where the target is translated, and a warning when its original changed after it.
 */
import type { CollectionSpec, TranslationSpec } from '../content/collections';
import type { BodyLink } from '../content/body-links';
import { closeMatches } from '../text/close-matches';
import { makeUrls, type Urls } from '../site/urls';
import type { ContentError } from './errors';
import type { ParsedEntry } from './knowledge-base';

export interface ParsedTranslation {
  spec: TranslationSpec;
  locale: string;
  entry: ParsedEntry;
}

/** What a translation is checked against: the originals of its collection, by id. */
export type Originals = ReadonlyMap<string, ReadonlyMap<string, ParsedEntry>>;

const KIND_WORDS: Record<string, string> = {
  categories: 'category', sections: 'section', authors: 'author', articles: 'article', faqs: 'FAQ page', topics: 'topic', questions: 'question', answers: 'answer',
};

/** The date a file was last changed as its writers mark it: `updated`, else its git commit. */
export type ChangedAt = (entry: ParsedEntry) => Date | undefined;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function checkTranslations(translations: readonly ParsedTranslation[], originals: Originals, options: { contentRoot: string; changedAt: ChangedAt }): { errors: ContentError[]; warnings: ContentError[] } {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const seen = new Map<string, ParsedTranslation[]>();
  const slugs = new Map<string, ParsedTranslation[]>();
  for (const t of translations) {
    const kind = KIND_WORDS[t.spec.original] ?? t.spec.original;
    const ofKind = originals.get(t.spec.original) ?? new Map();
    const original = ofKind.get(t.entry.slug);
    if (!original) {
      const close = closeMatches(t.entry.slug, [...ofKind.keys()]);
      errors.push({
        code: 'translation-without-original', file: t.entry.file, line: 1, column: 1,
        message: `this translation has no original: no ${kind} of ${options.contentRoot}/${t.spec.dir}/ has the id "${t.entry.slug}"`,
        hint: `name a translation after its original's id (its file name, or its \`slug:\`)${close.length ? `: did you mean ${close[0]}?` : ''}; to add a page in one language only, write it in ${options.contentRoot}/${t.spec.dir}/ first`,
      });
      continue;
    }
    const key = `${t.locale}\u0000${t.spec.name}\u0000${t.entry.slug}`;
    seen.set(key, [...(seen.get(key) ?? []), t]);
    const slug = typeof t.entry.data.slug === 'string' ? t.entry.data.slug : undefined;
    if (slug) {
      const slugKey = `${t.locale}\u0000${t.spec.name}\u0000${slug}`;
      slugs.set(slugKey, [...(slugs.get(slugKey) ?? []), t]);
      if (slug !== t.entry.slug && ofKind.has(slug) && slug !== t.entry.slug) {
        errors.push({
          code: 'translated-slug-taken', file: t.entry.file, ...t.entry.positionOf(['slug']),
          message: `the slug "${slug}" is the id of another ${kind}, whose page in this language has that address`,
          hint: 'choose another slug for this translation',
        });
      }
    }
    const translatedAt = options.changedAt(t.entry);
    const originalAt = options.changedAt(original);
    if (translatedAt && originalAt && translatedAt < originalAt) {
      warnings.push({
        code: 'outdated-translation', file: t.entry.file, line: 1, column: 1, severity: 'warning',
        message: `this translation may be out of date: its original (${original.file}) changed on ${day(originalAt)}, the translation on ${day(translatedAt)}`,
        hint: `bring it in line with the original, then set \`updated: ${day(new Date())}\` in its frontmatter; until then its page says "This translation may be out of date"`,
      });
    }
  }
  for (const group of [...seen.values()].filter((g) => g.length > 1)) {
    for (const t of group) {
      errors.push({
        code: 'duplicate-translation', file: t.entry.file, line: 1, column: 1,
        message: `${group.length} files translate the ${KIND_WORDS[t.spec.original]} "${t.entry.slug}" into ${t.locale}: ${group.map((g) => g.entry.file).join(', ')}`,
        hint: 'keep one translation per language: merge them and delete the others',
      });
    }
  }
  for (const group of [...slugs.values()].filter((g) => g.length > 1)) {
    for (const t of group) {
      errors.push({
        code: 'duplicate-slug', file: t.entry.file, ...t.entry.positionOf(['slug']),
        message: `the slug "${String(t.entry.data.slug)}" is used by ${group.length} translations into ${t.locale}: ${group.map((g) => g.entry.file).join(', ')}`,
        hint: 'give each translation its own slug',
      });
    }
  }
  return { errors, warnings };
}

/** The addresses of one language, with its translations' slugs. */
export function urlsOfLanguage(locale: string, translations: readonly ParsedTranslation[]): Urls {
  const slugsOf = (original: string) => new Map(translations.filter((t) => t.locale === locale && t.spec.original === original && typeof t.entry.data.slug === 'string').map((t) => [t.entry.slug, String(t.entry.data.slug)]));
  return makeUrls({ prefix: `/${locale}`, slugs: { article: slugsOf('articles'), faq: slugsOf('faqs'), question: slugsOf('questions') } });
}

/**
 * A translation that links to a page of the default language (`/articles/refunds/`) whose
 * translation into its own language exists: the reader would leave their language for no reason.
 */
export function crossLanguageLinks(translation: ParsedTranslation, links: readonly BodyLink[], translatedIn: (original: CollectionSpec['name'], id: string) => boolean, urls: Urls): ContentError[] {
  const errors: ContentError[] = [];
  for (const link of links) {
    const m = /^\/(articles|faq|community\/questions)\/([^/#?]+)\/?([#?].*)?$/.exec(link.url.trim());
    if (!m) continue;
    const original = m[1] === 'articles' ? 'articles' : m[1] === 'faq' ? 'faqs' : 'questions';
    const id = m[2]!;
    if (!translatedIn(original, id)) continue;
    const there = original === 'articles' ? urls.article(id) : original === 'faqs' ? urls.faq(id) : urls.question(id);
    errors.push({
      code: 'link-to-other-language', file: translation.entry.file, line: link.line, column: link.column,
      message: `the link ${link.url} leads to the page in the original language, but that page is translated into ${translation.locale}`,
      hint: `link to its translation: ${there}${m[3] ?? ''}`,
    });
  }
  return errors;
}
