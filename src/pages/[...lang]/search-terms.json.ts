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
  // Only words in this language: an untranslated page's English title would suggest English words to a German search.
  const own = <E extends { localization?: { lang: string } }>(entries: readonly E[]) => entries.filter((e) => (e.localization?.lang ?? locale.code) === locale.code);
  const texts = [
    ...own(helpCenter.categories).map((c) => c.data.title),
    ...own(helpCenter.sections).map((s) => s.data.title),
    ...own(helpCenter.articles).flatMap((a) => [a.data.title, a.data.description, ...a.data.labels]),
    ...own(faqs).map((f) => f.data.title),
    ...own(community.topics).map((t) => t.data.title),
    ...own(community.questions).flatMap((q) => [q.data.title, ...q.data.tags]),
  ];
  return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
