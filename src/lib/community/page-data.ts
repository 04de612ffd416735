/**
 * The community's pages: home, topic list views, tags, and question pages. A question page's
 * QAPage JSON-LD needs the text of the question and its answers as rendered, so it is made by
 * questionHead once the route has rendered them.
 */
import type { SiteTranslator } from '../../i18n';
import type { SiteSettings } from '../../schemas/settings/site';
import { paginate, type Page } from '../knowledge-base/model';
import { searchAttributes } from '../search/attributes';
import type { SiteModel } from '../site/model';
import type { PageHead } from '../site/page-head';
import { breadcrumbListLd } from '../structured-data/json-ld';
import { qaPageLd } from '../structured-data/qa';
import { topicViewPath, urls as defaultUrls, type Urls } from '../site/urls';
import { pageLanguageOf } from '../i18n/page-language';
import { filterCounts, listViews, sortQuestions, type ListView } from './listing';
import { answerAnchor, excerpt, type AnswerEntry, type AuthorInfo, type QuestionEntry, type QuestionSummary, type TopicEntry } from './model';
import { DEFAULT_FILTER, DEFAULT_SORT, FILTER_VIEWS, SORT_ORDERS, type ListFilter } from './status';
import { askLinks, contributeLinks, type AskLinks } from './templates';

/** Characters of a question's text used as its page's meta description (what search results show). */
const DESCRIPTION_LENGTH = 155;

/** Where new question and answer files go, and the day they are dated. */
const place = (model: SiteModel) => ({ contentRoot: model.contentRoot, today: model.builtAt });

const communityCrumbs = ({ t }: SiteTranslator, urls: Urls) => [{ label: t('site.home'), href: urls.home() }, { label: t('site.community'), href: urls.community() }];

export interface CommunityHomePage {
  head: PageHead;
  topics: { topic: TopicEntry; all: number; unanswered: number }[];
  featured: QuestionSummary[];
  recent: QuestionSummary[];
  popularTags: { tag: string; count: number }[];
  ask?: AskLinks;
}

export function communityHomePage(model: SiteModel, settings: SiteSettings, translator: SiteTranslator): CommunityHomePage {
  const { urls } = model;
  const { community } = model;
  const { t } = translator;
  const first = community.topics[0];
  return {
    head: {
      title: t('site.community'),
      description: t('community.homeDescription', { siteName: settings.siteName }),
      breadcrumbs: [{ label: t('site.home'), href: urls.home() }],
    },
    topics: community.topics.map((topic) => {
      const counts = filterCounts(community.questionsIn(topic.slug));
      return { topic, all: counts.all, unanswered: counts.unanswered };
    }),
    featured: community.featured(),
    recent: community.recent(settings.community.recentCount),
    popularTags: community
      .tags()
      .sort((a, b) => b.questions.length - a.questions.length || a.tag.localeCompare(b.tag, 'en'))
      .slice(0, settings.community.popularTags)
      .map(({ tag, questions }) => ({ tag, count: questions.length })),
    ...(first ? { ask: askLinks(settings, place(model), first.slug) } : {}),
  };
}

const EMPTY_VIEW = {
  all: 'community.emptyAll',
  answered: 'community.emptyAnswered',
  unanswered: 'community.emptyUnanswered',
} as const satisfies Record<ListFilter, string>;

export interface TopicPage {
  head: PageHead;
  topic: TopicEntry;
  /** The route's `view` parameter: "" for the default view, else e.g. "unanswered/votes/page/2". */
  viewPath: string | undefined;
  view: ListView;
  page: Page<QuestionSummary>;
  counts: Record<ListFilter, number>;
  /** The list's accessible name, e.g. "Unanswered questions, most votes first". */
  viewName: string;
  emptyText: string;
  ask: AskLinks;
}

/** Every filter × sort × page of every topic: each is a page of its own, so the lists work without scripts. */
export function topicPages(model: SiteModel, settings: SiteSettings, translator: SiteTranslator): TopicPage[] {
  const { community } = model;
  const { t } = translator;
  return community.topics.flatMap((topic) => {
    const questions = community.questionsIn(topic.slug);
    const counts = filterCounts(questions);
    return listViews(questions, settings.community.pageSize).map(({ view, page }) => {
      const isDefault = view.filter === DEFAULT_FILTER && view.sort === DEFAULT_SORT;
      const order = t(SORT_ORDERS[view.sort]);
      const viewName = t('community.viewName', { questions: t(FILTER_VIEWS[view.filter].name), order });
      const title = isDefault ? topic.data.title : t('community.viewTitle', { topic: topic.data.title, questions: t(FILTER_VIEWS[view.filter].inTitle), order });
      return {
        head: {
          title: page.total > 1 ? t('site.titleWithPage', { title, page: page.current, pages: page.total }) : title,
          description: topic.data.description,
          breadcrumbs: communityCrumbs(translator, model.urls),
          noindex: !isDefault,
        },
        topic,
        viewPath: topicViewPath(view).replace(/\/$/, '') || undefined,
        view,
        page,
        counts,
        viewName,
        emptyText: t(EMPTY_VIEW[view.filter]),
        ask: askLinks(settings, place(model), topic.slug),
      };
    });
  });
}

export interface TagsPage {
  head: PageHead;
  tags: { tag: string; count: number }[];
}

export function tagsPage(model: SiteModel, translator: SiteTranslator): TagsPage {
  const { t } = translator;
  return {
    head: { title: t('community.tagsTitle'), description: t('community.tagsDescription'), breadcrumbs: communityCrumbs(translator, model.urls) },
    tags: model.community.tags().map(({ tag, questions }) => ({ tag, count: questions.length })),
  };
}

export interface TagPage {
  head: PageHead;
  tag: string;
  total: number;
  page: Page<QuestionSummary>;
}

/** A tag's questions across topics, most recent activity first (pinning belongs to topics, so it does not count here). */
export function tagPages(model: SiteModel, settings: SiteSettings, translator: SiteTranslator): TagPage[] {
  const { urls } = model;
  const { t } = translator;
  return model.community.tags().flatMap(({ tag, questions }) =>
    paginate(sortQuestions(questions, 'activity', { pinnedFirst: false }), settings.community.pageSize).map((page) => ({
      head: {
        title: page.total > 1 ? t('site.titleWithPage', { title: t('community.tagTitle', { tag }), page: page.current, pages: page.total }) : t('community.tagTitle', { tag }),
        description: t('community.tagDescription', { count: questions.length, tag }),
        breadcrumbs: [...communityCrumbs(translator, urls), { label: t('community.tags'), href: urls.tags() }],
      },
      tag,
      total: questions.length,
      page,
    })),
  );
}

/** An answer as a question page lists it. */
export interface ListedAnswer {
  answer: AnswerEntry;
  author?: AuthorInfo;
  official: boolean;
}

export interface QuestionPage {
  head: PageHead;
  summary: QuestionSummary;
  question: QuestionEntry;
  topic: TopicEntry;
  askerName: string;
  answers: ListedAnswer[];
  original?: QuestionEntry;
  duplicates: QuestionEntry[];
  related: QuestionSummary[];
  contribute: ReturnType<typeof contributeLinks>;
  search: Record<string, string>;
  /** The question page's own address. */
  path: string;
}

export function questionPage(model: SiteModel, slug: string, settings: SiteSettings, translator: SiteTranslator): QuestionPage {
  const { urls } = model;
  const { community } = model;
  const { t } = translator;
  const summary = community.summary(slug)!;
  const question = summary.question;
  const topic = community.topic(question.data.topic)!;
  return {
    head: { title: question.data.title, description: '', breadcrumbs: [...communityCrumbs(translator, urls), { label: topic.data.title, href: urls.topic(topic.slug) }], ogType: 'article', language: pageLanguageOf(question, model, defaultUrls.question(slug)) },
    summary,
    question,
    topic,
    askerName: community.author(question.data.author)?.name ?? question.data.author,
    answers: community.answersOf(slug).map((answer) => ({ answer, author: community.author(answer.data.author), official: community.isOfficial(answer) })),
    original: community.originalOf(slug),
    duplicates: community.duplicatesOf(slug),
    related: community.related(slug, settings.community.relatedCount),
    contribute: contributeLinks(settings, place(model), { slug, title: question.data.title }, translator),
    search: searchAttributes({
      type: 'question',
      title: question.data.title,
      breadcrumb: [t('site.community'), topic.data.title],
      topic: topic.data.title,
      tags: question.data.tags,
      date: summary.lastActivity,
    }),
    path: urls.question(slug),
  };
}

/**
 * What a question page adds once its posts are rendered: the description (the question's first
 * words) and its QAPage and BreadcrumbList JSON-LD, which quote the texts as the page shows them.
 */
export function questionHead(page: QuestionPage, settings: SiteSettings, texts: { question: string; answers: readonly string[] }, translator: SiteTranslator): PageHead {
  const { question } = page;
  const qaPage = qaPageLd(
    {
      path: page.path,
      title: question.data.title,
      text: texts.question,
      authorName: page.askerName,
      asked: question.data.asked,
      updated: question.data.updated,
      votes: question.data.votes,
      answers: page.answers.map((a, i) => ({
        anchor: answerAnchor(a.answer.slug),
        text: texts.answers[i] ?? '',
        authorName: a.author?.name ?? a.answer.data.author,
        date: a.answer.data.date,
        updated: a.answer.data.updated,
        votes: a.answer.data.votes,
        accepted: a.answer.data.accepted,
      })),
    },
    settings.baseUrl,
  );
  return {
    ...page.head,
    description: excerpt(texts.question, DESCRIPTION_LENGTH) || translator.t('community.questionDescription', { topic: page.topic.data.title }),
    structuredData: [qaPage, breadcrumbListLd(page.head.breadcrumbs ?? [], settings.baseUrl)].filter(Boolean),
  };
}

/**
 * The page's answers, each beside its rendered post. The route renders the entries of
 * `page.answers` in their order, so lists of different lengths are a bug, stopped here.
 */
export function answersWithPosts<P>(page: QuestionPage, posts: readonly P[]): (ListedAnswer & { post: P })[] {
  if (posts.length !== page.answers.length) throw new Error(`${page.path}: ${page.answers.length} answers to show, but ${posts.length} rendered`);
  // The lengths agree, so every index has its post.
  return page.answers.map((listed, i) => ({ ...listed, post: posts[i] as P }));
}
