import type { Crumb } from '../knowledge-base/model';
import { absoluteUrl } from '../site/urls';
import { isoDate } from '../site/dates';

/**
 * JSON-LD for search engines. Serialisation escapes "<", ">" and "&" (and the two line
 * separators JavaScript parsers once choked on) so that no title or body text can end the
 * <script> element it is embedded in.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Types whose text is in one language, which say so with `inLanguage` on a site of several. */
const LANGUAGE_TYPES = new Set(['TechArticle', 'Article', 'FAQPage', 'QAPage', 'WebPage']);

/** The structured data of a page whose text is in `lang`, with `inLanguage` on the objects that describe that text. */
export function withLanguage(data: unknown, lang: string): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const object = data as Record<string, unknown>;
  return LANGUAGE_TYPES.has(String(object['@type'])) && !('inLanguage' in object) ? { ...object, inLanguage: lang } : object;
}

export function breadcrumbListLd(crumbs: readonly Crumb[], baseUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: absoluteUrl(c.href, baseUrl),
    })),
  };
}

export interface TechArticleInput {
  title: string;
  description: string;
  path: string;
  created: Date;
  updated?: Date;
  authorName: string;
  image: string;
  section: string;
  labels: readonly string[];
  publisher: { name: string; logo: string };
}

export function techArticleLd(a: TechArticleInput, baseUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.title,
    description: a.description,
    url: absoluteUrl(a.path, baseUrl),
    mainEntityOfPage: absoluteUrl(a.path, baseUrl),
    datePublished: isoDate(a.created),
    dateModified: isoDate(a.updated ?? a.created),
    author: { '@type': 'Person', name: a.authorName },
    image: absoluteUrl(a.image, baseUrl),
    articleSection: a.section,
    ...(a.labels.length ? { keywords: a.labels.join(', ') } : {}),
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      logo: { '@type': 'ImageObject', url: absoluteUrl(a.publisher.logo, baseUrl) },
    },
  };
}
