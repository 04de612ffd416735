import { Community, type AnswerEntry, type AuthorInfo, type QuestionEntry, type TopicEntry } from '../../src/lib/community/model';
import type { FaqPageEntry } from '../../src/lib/faq/model';
import { orderFaqs } from '../../src/lib/faq/model';
import { HelpCenter, type ArticleEntry, type CategoryEntry, type SectionEntry } from '../../src/lib/knowledge-base/model';
import { parseSettings } from '../../src/lib/content/settings';
import type { SiteModel } from '../../src/lib/site/model';
import type { SiteSettings } from '../../src/schemas/settings/site';
import type { SiteLocale } from '../../src/lib/i18n/locales';
import { urls } from '../../src/lib/site/urls';

/**
 * An in-memory help center for the page-data tests: entries written as plain objects with the
 * fields a test cares about, defaults for the rest, and the model the pages read built from them
 * exactly as src/data/site-model.ts builds it from the content layer.
 */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const category = (slug: string, data: Partial<CategoryEntry['data']> = {}): CategoryEntry =>
  ({ slug, file: `content/categories/${slug}.yaml`, data: { title: `Category ${slug}`, description: `About ${slug}.`, order: 100, ...data } });

export const section = (slug: string, category: string, data: Partial<SectionEntry['data']> = {}): SectionEntry =>
  ({ slug, file: `content/sections/${slug}.yaml`, data: { title: `Section ${slug}`, description: `About ${slug}.`, category, order: 100, ...data } });

export const article = (slug: string, section: string, data: Partial<ArticleEntry['data']> = {}): ArticleEntry => ({
  slug,
  file: `content/articles/${slug}.mdx`,
  data: { title: `Article ${slug}`, description: `About ${slug}.`, section, author: 'robin', created: day('2026-01-10'), labels: [], promoted: false, draft: false, redirectFrom: [], ...data },
});

export const faq = (slug: string, data: Partial<FaqPageEntry['data']> = {}): FaqPageEntry =>
  ({ slug, file: `content/faq/${slug}.mdx`, data: { title: `FAQ ${slug}`, description: `Questions about ${slug}.`, order: 100, draft: false, ...data } });

export const topic = (slug: string, data: Partial<TopicEntry['data']> = {}): TopicEntry =>
  ({ slug, file: `content/community/topics/${slug}.yaml`, data: { title: `Topic ${slug}`, description: `About ${slug}.`, order: 100, ...data } });

export const question = (slug: string, topic: string, data: Partial<QuestionEntry['data']> = {}): QuestionEntry => ({
  slug,
  file: `content/community/questions/${topic}/${slug}.mdx`,
  data: { title: `Question ${slug}?`, topic, tags: [], author: 'sam', asked: day('2026-02-01'), pinned: false, featured: false, closed: false, votes: 0, ...data },
});

export const answer = (slug: string, question: string, data: Partial<AnswerEntry['data']> = {}): AnswerEntry => ({
  slug,
  file: `content/community/answers/${slug}.mdx`,
  data: { question, author: 'robin', date: day('2026-02-02'), votes: 0, accepted: false, ...data },
});

export const AUTHORS = new Map<string, AuthorInfo>([
  ['robin', { name: 'Robin Support', role: 'Support engineer', staff: true }],
  ['sam', { name: 'Sam Customer', staff: false }],
]);

export function siteModelOf(input: {
  categories?: CategoryEntry[]; sections?: SectionEntry[]; articles?: ArticleEntry[]; faqs?: FaqPageEntry[];
  topics?: TopicEntry[]; questions?: QuestionEntry[]; answers?: AnswerEntry[];
}): SiteModel {
  const faqs = orderFaqs(input.faqs ?? []);
  const community = new Community({ topics: input.topics ?? [], questions: input.questions ?? [], answers: input.answers ?? [], authors: AUTHORS });
  return {
    helpCenter: new HelpCenter({ categories: input.categories ?? [], sections: input.sections ?? [], articles: input.articles ?? [] }),
    community,
    faqs,
    authors: AUTHORS,
    areas: { faq: faqs.length > 0, community: community.topics.length > 0 },
    contentRoot: 'content',
    builtAt: day('2026-06-01'),
    locale: ENGLISH,
    urls,
    languages: { locales: [ENGLISH], translated: new Map() },
  };
}

/** The one language of a one-language test site. */
export const ENGLISH: SiteLocale = { code: 'en', label: 'English', dir: 'ltr', isDefault: true, prefix: '' };

/** Settings as a settings.yaml with these lines (plus the required ones) gives them. */
export function settingsOf(...lines: string[]): SiteSettings {
  const text = ['siteName: Test Help', 'baseUrl: https://help.example.com', 'supportEmail: help@example.com', ...lines].join('\n');
  const { settings, errors } = parseSettings(`${text}\n`, 'content/settings.yaml');
  if (!settings) throw new Error(errors.map((e) => e.message).join('\n'));
  return settings;
}
