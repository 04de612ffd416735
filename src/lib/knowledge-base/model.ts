import type { ArticleData } from '../../schemas/article';
import type { CategoryData } from '../../schemas/category';
import type { SectionData } from '../../schemas/section';
import { urls as defaultUrls, type Urls } from '../site/urls';
import type { Localization } from '../i18n/overlay';

/** An entry as it comes from a collection: its id (slug), the file it came from and its data. */
export interface Entry<T> {
  slug: string;
  /** Path of the source file relative to the project root, e.g. "content/articles/x.mdx" (a translation's own file in another language's model). */
  file: string;
  data: T;
  /** In a language's model: which language the words are in, and whether they are a translation (src/lib/i18n/overlay.ts). */
  localization?: Localization;
}

export type CategoryEntry = Entry<CategoryData>;
export type SectionEntry = Entry<SectionData>;
export type ArticleEntry = Entry<ArticleData>;

export interface Crumb {
  label: string;
  href: string;
}

export interface RelatedOptions {
  /** How many related articles to return. */
  limit: number;
}

const byOrderThenTitle = <T extends { data: { order?: number; title: string } }>(a: T, b: T) =>
  (a.data.order ?? Number.POSITIVE_INFINITY) - (b.data.order ?? Number.POSITIVE_INFINITY) ||
  a.data.title.localeCompare(b.data.title, 'en') ||
  0;

/** Categories and sections: by `order`, then title. */
export function sortByOrder<T extends { data: { order?: number; title: string } }>(items: readonly T[]): T[] {
  return [...items].sort(byOrderThenTitle);
}

/**
 * Articles inside a section: promoted first, then by `order` (articles without one come last),
 * then title. The slug breaks the last tie so that the order never depends on the file system.
 */
export function sortArticles(articles: readonly ArticleEntry[]): ArticleEntry[] {
  return [...articles].sort(
    (a, b) =>
      Number(b.data.promoted) - Number(a.data.promoted) ||
      byOrderThenTitle(a, b) ||
      a.slug.localeCompare(b.slug, 'en'),
  );
}

/**
 * The knowledge base as a tree: categories → sections (→ subsections) → articles,
 * with the look-ups every page needs computed once.
 * Input is assumed valid (references checked by validateContent); unknown references
 * are skipped here rather than thrown, so that `astro dev` keeps rendering while a writer types.
 */
export class HelpCenter {
  readonly categories: CategoryEntry[];
  readonly articles: ArticleEntry[];
  private readonly categoryBySlug = new Map<string, CategoryEntry>();
  private readonly sectionBySlug = new Map<string, SectionEntry>();
  private readonly articleBySlug = new Map<string, ArticleEntry>();
  private readonly childSections = new Map<string, SectionEntry[]>();
  private readonly topSections = new Map<string, SectionEntry[]>();
  private readonly sectionArticles = new Map<string, ArticleEntry[]>();
  private readonly articlesByLabel = new Map<string, ArticleEntry[]>();

  /** Addresses in the model's language. */
  readonly urls: Urls;

  constructor(input: { categories: CategoryEntry[]; sections: SectionEntry[]; articles: ArticleEntry[] }, urls: Urls = defaultUrls) {
    this.urls = urls;
    this.categories = sortByOrder(input.categories);
    for (const c of this.categories) this.categoryBySlug.set(c.slug, c);
    for (const s of sortByOrder(input.sections)) {
      this.sectionBySlug.set(s.slug, s);
      const bucket = s.data.parent ? this.childSections : this.topSections;
      const key = s.data.parent ?? s.data.category;
      bucket.set(key, [...(bucket.get(key) ?? []), s]);
    }
    this.articles = sortArticles(input.articles.filter((a) => this.sectionBySlug.has(a.data.section)));
    for (const a of this.articles) {
      this.articleBySlug.set(a.slug, a);
      this.sectionArticles.set(a.data.section, [...(this.sectionArticles.get(a.data.section) ?? []), a]);
      // A label written twice in one file still counts once.
      for (const label of new Set(a.data.labels)) {
        this.articlesByLabel.set(label, [...(this.articlesByLabel.get(label) ?? []), a]);
      }
    }
  }

  category(slug: string) {
    return this.categoryBySlug.get(slug);
  }
  section(slug: string) {
    return this.sectionBySlug.get(slug);
  }
  article(slug: string) {
    return this.articleBySlug.get(slug);
  }
  get sections(): SectionEntry[] {
    return [...this.sectionBySlug.values()];
  }

  /** Sections directly under a category (not subsections), ordered. */
  sectionsOf(categorySlug: string): SectionEntry[] {
    return this.topSections.get(categorySlug) ?? [];
  }

  subsectionsOf(sectionSlug: string): SectionEntry[] {
    return this.childSections.get(sectionSlug) ?? [];
  }

  /** Articles that sit directly in a section, ordered. */
  articlesIn(sectionSlug: string): ArticleEntry[] {
    return this.sectionArticles.get(sectionSlug) ?? [];
  }

  /** Every section of a category, subsections included. */
  allSectionsOf(categorySlug: string): SectionEntry[] {
    const walk = (s: SectionEntry): SectionEntry[] => [s, ...this.subsectionsOf(s.slug).flatMap(walk)];
    return this.sectionsOf(categorySlug).flatMap(walk);
  }

  articleCountOf(categorySlug: string): number {
    return this.allSectionsOf(categorySlug).reduce((n, s) => n + this.articlesIn(s.slug).length, 0);
  }

  /** Sections from the top-level one down to this one. */
  sectionPath(sectionSlug: string): SectionEntry[] {
    const path: SectionEntry[] = [];
    const seen = new Set<string>();
    let current = this.section(sectionSlug);
    while (current && !seen.has(current.slug)) {
      seen.add(current.slug);
      path.unshift(current);
      current = current.data.parent ? this.section(current.data.parent) : undefined;
    }
    return path;
  }

  /** The trail above a page: Home › Category › Section(s), "Home" in the page's language. The page itself is not part of it. */
  breadcrumbs(target: { category: string } | { section: string } | { article: string }, homeLabel: string): Crumb[] {
    const { urls } = this;
    const home: Crumb = { label: homeLabel, href: urls.home() };
    if ('category' in target) return [home];
    const sectionSlug = 'section' in target ? target.section : this.article(target.article)?.data.section;
    const fullPath = sectionSlug ? this.sectionPath(sectionSlug) : [];
    const category = fullPath[0] ? this.category(fullPath[0].data.category) : undefined;
    const trail = 'section' in target ? fullPath.slice(0, -1) : fullPath;
    return [
      home,
      ...(category ? [{ label: category.data.title, href: urls.category(category.slug) }] : []),
      ...trail.map((s) => ({ label: s.data.title, href: urls.section(s.slug) })),
    ];
  }

  /** The articles before and after this one in its section's order. */
  neighbours(articleSlug: string): { previous?: ArticleEntry; next?: ArticleEntry } {
    const article = this.article(articleSlug);
    if (!article) return {};
    const list = this.articlesIn(article.data.section);
    const i = list.findIndex((a) => a.slug === articleSlug);
    return { previous: list[i - 1], next: list[i + 1] };
  }

  /**
   * Articles sharing labels with this one: more shared labels first, then the same section,
   * then the most recently changed. Articles sharing no label are never offered.
   */
  related(articleSlug: string, { limit }: RelatedOptions): ArticleEntry[] {
    const article = this.article(articleSlug);
    if (!article) return [];
    const shared = new Map<string, number>();
    for (const label of new Set(article.data.labels)) {
      for (const other of this.articlesByLabel.get(label) ?? []) {
        if (other.slug !== articleSlug) shared.set(other.slug, (shared.get(other.slug) ?? 0) + 1);
      }
    }
    const changed = (a: ArticleEntry) => (a.data.updated ?? a.data.created).getTime();
    return [...shared.entries()]
      .map(([slug, count]) => ({ a: this.article(slug)!, count }))
      .sort(
        (x, y) =>
          y.count - x.count ||
          Number(y.a.data.section === article.data.section) - Number(x.a.data.section === article.data.section) ||
          changed(y.a) - changed(x.a) ||
          x.a.slug.localeCompare(y.a.slug, 'en'),
      )
      .slice(0, limit)
      .map((x) => x.a);
  }

  /** Promoted articles across the help center, in category → section → article order. */
  promoted(): ArticleEntry[] {
    return this.categories
      .flatMap((c) => this.allSectionsOf(c.slug))
      .flatMap((s) => this.articlesIn(s.slug))
      .filter((a) => a.data.promoted);
  }

  /** Every label in use with its articles, labels sorted alphabetically. */
  labels(): { label: string; articles: ArticleEntry[] }[] {
    return [...this.articlesByLabel.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([label, articles]) => ({ label, articles }));
  }
}

/**
 * The part of a section's list shown around the current article: the first `size`,
 * widened so that the current article is always among them.
 */
export function sectionListWindow<T extends { slug: string }>(
  list: readonly T[],
  currentSlug: string,
  size: number,
): { shown: T[]; hiddenCount: number } {
  const index = list.findIndex((a) => a.slug === currentSlug);
  const end = Math.max(size, index + 1);
  return { shown: list.slice(0, end), hiddenCount: Math.max(0, list.length - end) };
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    total,
  }));
}
