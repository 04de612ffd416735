/**
 * The knowledge base's pages, one pure function each: given the site model, the route's params,
 * the settings and the page's language, everything the page shows. Routes pass the result on
 * to components.
 */
import type { SiteTranslator } from '../../i18n';
import type { SiteSettings } from '../../schemas/settings/site';
import type { AuthorInfo } from '../community/model';
import { faqsOfCategory, faqsOfSection } from '../faq/listing';
import type { FaqPageEntry } from '../faq/model';
import { canReceiveFeedback } from '../contact/request-delivery';
import { searchAttributes, trailOf } from '../search/attributes';
import { deliveryCsp } from '../security/csp';
import { lastChanged } from '../site/dates';
import type { SiteModel } from '../site/model';
import type { PageHead } from '../site/page-head';
import { breadcrumbListLd, techArticleLd } from '../structured-data/json-ld';
import { editUrlFor, urls as defaultUrls } from '../site/urls';
import { pageLanguageOf } from '../i18n/page-language';
import { paginate, sectionListWindow, type ArticleEntry, type CategoryEntry, type HelpCenter, type Page, type SectionEntry } from './model';

export interface HomePage {
  head: PageHead;
  categories: { category: CategoryEntry; sectionCount: number; articleCount: number }[];
  promoted: ArticleEntry[];
  /** The FAQ and community cards, when those areas have content. */
  moreWays: { faqTitles?: string[]; community?: { questions: number; topics: number; unanswered: number } };
}

export function homePage(model: SiteModel, settings: SiteSettings): HomePage {
  const { helpCenter, community } = model;
  return {
    head: { title: settings.siteName, description: settings.tagline },
    categories: helpCenter.categories.map((category) => ({
      category,
      sectionCount: helpCenter.sectionsOf(category.slug).length,
      articleCount: helpCenter.articleCountOf(category.slug),
    })),
    promoted: helpCenter.promoted(),
    moreWays: {
      ...(model.areas.faq ? { faqTitles: model.faqs.map((f) => f.data.title) } : {}),
      ...(model.areas.community
        ? { community: { questions: community.questions.length, topics: community.topics.length, unanswered: community.questions.filter((q) => community.summary(q.slug)!.answerCount === 0).length } }
        : {}),
    },
  };
}

export interface CategoryPage {
  head: PageHead;
  category: CategoryEntry;
  sections: { section: SectionEntry; articles: ArticleEntry[]; total: number; subsections: { section: SectionEntry; articleCount: number }[] }[];
  faqs: FaqPageEntry[];
}

export function categoryPage(model: SiteModel, slug: string, settings: SiteSettings, translator: SiteTranslator): CategoryPage {
  const { helpCenter } = model;
  const category = helpCenter.category(slug)!;
  return {
    head: { title: category.data.title, description: category.data.description, breadcrumbs: helpCenter.breadcrumbs({ category: slug }, translator.t('site.home')) },
    category,
    sections: helpCenter.sectionsOf(slug).map((section) => {
      const articles = helpCenter.articlesIn(section.slug);
      const subsections = helpCenter.subsectionsOf(section.slug).map((sub) => ({ section: sub, articleCount: helpCenter.articlesIn(sub.slug).length }));
      return { section, articles: articles.slice(0, settings.categoryPreviewSize), total: articles.length, subsections };
    }),
    faqs: faqsOfCategory(model.faqs, slug, (s) => helpCenter.section(s)?.data.category),
  };
}

export interface SectionPage {
  head: PageHead;
  section: SectionEntry;
  page: Page<ArticleEntry>;
  subsections: { section: SectionEntry; articleCount: number }[];
  faqs: FaqPageEntry[];
}

/** Every page of every section, as routes list them. */
export function sectionPages(model: SiteModel, settings: SiteSettings, translator: SiteTranslator): SectionPage[] {
  const { helpCenter } = model;
  const { t } = translator;
  return helpCenter.sections.flatMap((section) =>
    paginate(helpCenter.articlesIn(section.slug), settings.sectionPageSize).map((page) => ({
      head: {
        title: page.current > 1 ? t('site.titleWithPage', { title: section.data.title, page: page.current, pages: page.total }) : section.data.title,
        description: section.data.description,
        breadcrumbs: helpCenter.breadcrumbs({ section: section.slug }, t('site.home')),
      },
      section,
      page,
      subsections: helpCenter.subsectionsOf(section.slug).map((sub) => ({ section: sub, articleCount: helpCenter.articlesIn(sub.slug).length })),
      faqs: faqsOfSection(model.faqs, section.slug),
    })),
  );
}

/**
 * The list beside an article. Normally "Articles in this section": the first few, widened to
 * include this one, and "See all N articles" when there are more. An article alone in its
 * section would list only itself, so it offers the other sections of its category instead.
 */
export interface SectionNav {
  title: string;
  items: { label: string; href: string; current: boolean; note?: string }[];
  more?: { href: string; text: string };
}

export interface ArticlePage {
  head: PageHead;
  article: ArticleEntry;
  section: SectionEntry;
  author?: AuthorInfo;
  /** The list beside the article; undefined when there is nothing else to list. */
  sectionNav?: SectionNav;
  related: ArticleEntry[];
  previous?: ArticleEntry;
  next?: ArticleEntry;
  editUrl?: string;
  /** The day it was last checked against the product, when the settings show it (review.showReviewed). */
  reviewed?: Date;
  /** Whether "Was this article helpful?" is asked (only when the delivery can receive it). */
  feedback: boolean;
  /** What the page's own parts add to its policy: where the feedback is sent, when it is asked. Its content's come from rendering it. */
  csp: ReturnType<typeof deliveryCsp>;
  /** Pagefind's attributes for the article body. */
  search: Record<string, string>;
}

export function articlePage(model: SiteModel, slug: string, settings: SiteSettings, translator: SiteTranslator): ArticlePage {
  const { urls } = model;
  const { helpCenter } = model;
  const article = helpCenter.article(slug)!;
  const section = helpCenter.section(article.data.section)!;
  const author = model.authors.get(article.data.author);
  const crumbs = helpCenter.breadcrumbs({ article: slug }, translator.t('site.home'));
  const path = urls.article(slug);
  const feedback = settings.articleFeedback && canReceiveFeedback(settings.requestForm.delivery);
  return {
    head: {
      title: article.data.title,
      description: article.data.description,
      breadcrumbs: crumbs,
      structuredData: [
        techArticleLd(
          {
            title: article.data.title,
            description: article.data.description,
            path,
            created: article.data.created,
            updated: article.data.updated,
            authorName: author?.name ?? settings.siteName,
            image: article.data.image ?? settings.logo,
            section: section.data.title,
            labels: article.data.labels,
            publisher: { name: settings.siteName, logo: settings.logo },
          },
          settings.baseUrl,
        ),
        breadcrumbListLd(crumbs, settings.baseUrl),
      ],
      ogType: 'article',
      image: article.data.image,
      noindex: article.data.draft,
      publishedTime: article.data.created.toISOString(),
      language: pageLanguageOf(article, model, defaultUrls.article(slug)),
    },
    article,
    section,
    author,
    sectionNav: sectionNavOf(helpCenter, section, slug, settings.sectionListSize, translator),
    related: helpCenter.related(slug, { limit: settings.relatedArticles }),
    ...helpCenter.neighbours(slug),
    editUrl: editUrlFor(settings.editUrl, article.file),
    ...(settings.review.showReviewed && article.data.reviewed ? { reviewed: article.data.reviewed } : {}),
    feedback,
    csp: feedback ? deliveryCsp(settings.requestForm.delivery) : [],
    search: searchAttributes({
      type: 'article',
      title: article.data.title,
      ...trailOf(crumbs),
      section: section.data.title,
      tags: article.data.labels,
      date: lastChanged(article.data.created, article.data.updated),
      image: article.data.image,
    }),
  };
}

export function sectionNavOf(helpCenter: HelpCenter, section: SectionEntry, current: string, size: number, translator: SiteTranslator): SectionNav | undefined {
  const { urls } = helpCenter;
  const { t } = translator;
  const siblings = helpCenter.articlesIn(section.slug);
  if (siblings.length > 1) {
    const { shown, hiddenCount } = sectionListWindow(siblings, current, size);
    return {
      title: t('knowledgeBase.inThisSection'),
      items: shown.map((a) => ({ label: a.data.title, href: urls.article(a.slug), current: a.slug === current })),
      ...(hiddenCount > 0 ? { more: { href: urls.section(section.slug), text: t('knowledgeBase.seeAllArticles', { count: siblings.length, context: '' }) } } : {}),
    };
  }
  const category = helpCenter.category(helpCenter.sectionPath(section.slug)[0]?.data.category ?? '');
  if (!category) return undefined;
  const others = helpCenter.allSectionsOf(category.slug).filter((s) => s.slug !== section.slug && helpCenter.articlesIn(s.slug).length > 0);
  if (!others.length) return undefined;
  const shown = others.slice(0, size);
  return {
    title: t('knowledgeBase.moreInCategory', { category: category.data.title }),
    items: shown.map((s) => ({ label: s.data.title, href: urls.section(s.slug), current: false, note: t('knowledgeBase.articleCount', { count: helpCenter.articlesIn(s.slug).length }) })),
    ...(others.length > shown.length ? { more: { href: urls.category(category.slug), text: t('knowledgeBase.seeAllOfCategory', { category: category.data.title }) } } : {}),
  };
}

export interface LabelPage {
  head: PageHead;
  label: string;
  articles: ArticleEntry[];
}

export function labelPages(model: SiteModel, translator: SiteTranslator): LabelPage[] {
  const { t } = translator;
  return model.helpCenter.labels().map(({ label, articles }) => ({
    head: {
      title: t('knowledgeBase.labelTitle', { label }),
      description: t('knowledgeBase.labelDescription', { count: articles.length, label }),
      breadcrumbs: [{ label: t('site.home'), href: model.urls.home() }],
    },
    label,
    articles,
  }));
}
