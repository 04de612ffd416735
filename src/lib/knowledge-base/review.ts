/**
 * Which articles are due for review, and why: an article is due on its `reviewBy` date, or,
 * when the settings give an interval, once that many days have passed since it last changed or
 * was reviewed. Pure: the caller says what day it is and when each file last changed.
 */
import type { ArticleEntry } from './model';

export interface DueArticle {
  article: ArticleEntry;
  /** Who keeps it true: its `owner`, else its author. */
  owner: string;
  reason: string;
  /** How many days it has been due. */
  overdueDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The latest of what is known about an article's last change: reviewed, updated, the file's last commit, created. */
export function lastChangeOf(article: ArticleEntry, committedAt?: Date): Date {
  const dates = [article.data.created, article.data.updated, article.data.reviewed, committedAt].filter((d): d is Date => d !== undefined);
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

export function dueForReview(articles: readonly ArticleEntry[], options: { today: Date; intervalDays?: number; committedAt?: (file: string) => Date | undefined }): DueArticle[] {
  const due: DueArticle[] = [];
  for (const article of articles) {
    const owner = article.data.owner ?? article.data.author;
    const { reviewBy } = article.data;
    if (reviewBy) {
      if (reviewBy <= options.today) {
        due.push({ article, owner, reason: `review was due on ${iso(reviewBy)}`, overdueDays: Math.floor((options.today.getTime() - reviewBy.getTime()) / DAY_MS) });
      }
      continue;
    }
    if (!options.intervalDays) continue;
    const last = lastChangeOf(article, options.committedAt?.(article.file));
    const dueOn = new Date(last.getTime() + options.intervalDays * DAY_MS);
    if (dueOn <= options.today) {
      due.push({ article, owner, reason: `not changed or reviewed since ${iso(last)} (the interval is ${options.intervalDays} days)`, overdueDays: Math.floor((options.today.getTime() - dueOn.getTime()) / DAY_MS) });
    }
  }
  return due.sort((a, b) => a.owner.localeCompare(b.owner) || b.overdueDays - a.overdueDays || a.article.slug.localeCompare(b.article.slug));
}
