/**
 * The FAQ's pages. An FAQ page's questions come from rendering it (the remark plugin groups
 * each `##` question with its answer), so the routes hand them in: the page and its FAQPage
 * JSON-LD then always list the same questions.
 */
import type { SiteTranslator } from '../../i18n';
import type { SiteSettings } from '../../schemas/settings/site';
import { searchAttributes } from '../search/attributes';
import { formatDate, isoDate } from '../site/dates';
import type { SiteModel } from '../site/model';
import type { PageHead } from '../site/page-head';
import { breadcrumbListLd } from '../structured-data/json-ld';
import { faqPageLd } from '../structured-data/qa';
import { editUrlFor, urls as defaultUrls } from '../site/urls';
import { pageLanguageOf } from '../i18n/page-language';
import type { FaqEntry } from './extract';
import type { FaqPageEntry } from './model';

export interface FaqIndexPage {
  head: PageHead;
  faqs: { faq: FaqPageEntry; questionCount: number }[];
  /** Whether to point at the community for questions the FAQ does not answer. */
  community: boolean;
}

export function faqIndexPage(model: SiteModel, settings: SiteSettings, questionCounts: ReadonlyMap<string, number>, translator: SiteTranslator): FaqIndexPage {
  const { urls } = model;
  const { t } = translator;
  return {
    head: {
      title: t('faq.indexTitle'),
      description: t('faq.indexDescription', { siteName: settings.siteName }),
      breadcrumbs: [{ label: t('site.home'), href: urls.home() }],
    },
    faqs: model.faqs.map((faq) => ({ faq, questionCount: questionCounts.get(faq.slug) ?? 0 })),
    community: model.areas.community,
  };
}

export interface FaqPage {
  head: PageHead;
  faq: FaqPageEntry;
  /** "Updated …" under the title, when the page gives a date. */
  updated?: { iso: string; text: string };
  /** The section or category this FAQ belongs to, linked under the title. */
  placement?: { label: string; href: string };
  questionCount: number;
  editUrl?: string;
  others: FaqPageEntry[];
  search: Record<string, string>;
}

export function faqPage(model: SiteModel, slug: string, settings: SiteSettings, questions: readonly Pick<FaqEntry, 'question' | 'answer'>[], translator: SiteTranslator): FaqPage {
  const { urls } = model;
  const { helpCenter } = model;
  const { t } = translator;
  const faq = model.faqs.find((f) => f.slug === slug)!;
  const section = faq.data.section ? helpCenter.section(faq.data.section) : undefined;
  const category = helpCenter.category(faq.data.category ?? section?.data.category ?? '');
  const crumbs = [
    { label: t('site.home'), href: urls.home() },
    { label: t('site.faq'), href: urls.faqIndex() },
  ];
  return {
    head: {
      title: faq.data.title,
      description: faq.data.description,
      breadcrumbs: crumbs,
      structuredData: [faqPageLd({ path: urls.faq(slug), title: faq.data.title, entries: questions }, settings.baseUrl), breadcrumbListLd(crumbs, settings.baseUrl)].filter(Boolean),
      noindex: faq.data.draft,
      language: pageLanguageOf(faq, model, defaultUrls.faq(slug)),
    },
    faq,
    ...(faq.data.updated ? { updated: { iso: isoDate(faq.data.updated), text: formatDate(faq.data.updated, translator.locale) } } : {}),
    placement: section ? { label: section.data.title, href: urls.section(section.slug) } : category ? { label: category.data.title, href: urls.category(category.slug) } : undefined,
    questionCount: questions.length,
    editUrl: faq.file ? editUrlFor(settings.editUrl, faq.file) : undefined,
    others: model.faqs.filter((f) => f.slug !== slug),
    search: searchAttributes({
      type: 'faq',
      title: faq.data.title,
      breadcrumb: [t('site.faq')],
      category: category?.data.title,
      section: section?.data.title,
      date: faq.data.updated,
    }),
  };
}
