import type { APIRoute } from 'astro';
import { languagePaths, siteModel } from '../../data/site-model';
import { siteLocales } from '../../lib/i18n/locales';
import settings from 'virtual:help-center/settings';
import { vocabularyOf } from '../../lib/search/spelling';

/**
 * The words of every title, label and tag, for the results page's "Did you mean …?". Fetched
 * only when a search finds nothing, so it costs other visitors nothing.
 */
export const getStaticPaths = languagePaths;

/** Each language has its own words: /de/search-terms.json. */
export const GET: APIRoute = async ({ params }) => {
  const locale = siteLocales(settings).find((l) => l.code === params.lang) ?? siteLocales(settings).find((l) => l.isDefault)!;
  const { helpCenter, community, faqs } = await siteModel(locale.code);
  const texts = [
    ...helpCenter.categories.map((c) => c.data.title),
    ...helpCenter.sections.map((s) => s.data.title),
    ...helpCenter.articles.flatMap((a) => [a.data.title, a.data.description, ...a.data.labels]),
    ...faqs.map((f) => f.data.title),
    ...community.topics.map((t) => t.data.title),
    ...community.questions.flatMap((q) => [q.data.title, ...q.data.tags]),
  ];
  return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
