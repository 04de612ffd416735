import type { AnswerData } from '../../schemas/answer';
import type { QuestionData, QuestionStatus } from '../../schemas/question';
import type { TopicData } from '../../schemas/topic';
import type { Entry } from '../knowledge-base/model';
import { sortByOrder } from '../knowledge-base/model';
import { effectiveStatus } from './status';

/**
 * The community Q&A as the pages need it: topics → questions → answers, with what a forum
 * computes (answer counts, accepted and official answers, last activity, tags, related
 * questions, duplicates) worked out once from the files.
 * Input is assumed valid (src/lib/checks/community.ts checks it before the build); unknown
 * references are skipped rather than thrown, so `astro dev` keeps rendering while a writer types.
 */

export type TopicEntry = Entry<TopicData>;
export type QuestionEntry = Entry<QuestionData>;
/** An answer's slug is its path under content/community/answers/ without extension, e.g. "split-a-meeting/ines". */
export type AnswerEntry = Entry<AnswerData>;

export interface AuthorInfo {
  name: string;
  role?: string;
  avatar?: string;
  staff: boolean;
}

/** Everything a list row or a question page shows about a question, beyond its own file. */
export interface QuestionSummary {
  question: QuestionEntry;
  status: QuestionStatus;
  answerCount: number;
  accepted?: AnswerEntry;
  /** Whether a staff author has answered. */
  official: boolean;
  /** The latest of asked, edited and every answer's date. */
  lastActivity: Date;
}

const time = (d: Date) => d.getTime();

/** Answers by votes, highest first. On a tie the accepted answer, then an official one, then the earliest. */
export function sortAnswers(answers: readonly AnswerEntry[], isOfficial: (a: AnswerEntry) => boolean): AnswerEntry[] {
  return [...answers].sort(
    (a, b) =>
      b.data.votes - a.data.votes ||
      Number(b.data.accepted) - Number(a.data.accepted) ||
      Number(isOfficial(b)) - Number(isOfficial(a)) ||
      time(a.data.date) - time(b.data.date) ||
      a.slug.localeCompare(b.slug, 'en'),
  );
}

/** The anchor of an answer on its question's page. Slashes (answer folders) become double hyphens. */
export function answerAnchor(answerSlug: string): string {
  return `answer-${answerSlug.replaceAll('/', '--')}`;
}

export class Community {
  readonly topics: TopicEntry[];
  readonly questions: QuestionEntry[];
  private readonly topicBySlug = new Map<string, TopicEntry>();
  private readonly questionBySlug = new Map<string, QuestionEntry>();
  private readonly answersByQuestion = new Map<string, AnswerEntry[]>();
  private readonly summaries = new Map<string, QuestionSummary>();
  private readonly questionsByTag = new Map<string, QuestionEntry[]>();
  private readonly authors: ReadonlyMap<string, AuthorInfo>;

  constructor(input: { topics: TopicEntry[]; questions: QuestionEntry[]; answers: AnswerEntry[]; authors: ReadonlyMap<string, AuthorInfo> }) {
    this.authors = input.authors;
    this.topics = sortByOrder(input.topics);
    for (const t of this.topics) this.topicBySlug.set(t.slug, t);
    this.questions = input.questions
      .filter((q) => this.topicBySlug.has(q.data.topic))
      .sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
    for (const q of this.questions) {
      this.questionBySlug.set(q.slug, q);
      for (const tag of q.data.tags) this.questionsByTag.set(tag, [...(this.questionsByTag.get(tag) ?? []), q]);
    }
    for (const a of input.answers) {
      if (!this.questionBySlug.has(a.data.question)) continue;
      this.answersByQuestion.set(a.data.question, [...(this.answersByQuestion.get(a.data.question) ?? []), a]);
    }
    for (const [slug, answers] of this.answersByQuestion) this.answersByQuestion.set(slug, sortAnswers(answers, (a) => this.isOfficial(a)));
    for (const q of this.questions) this.summaries.set(q.slug, this.summarize(q));
  }

  private summarize(question: QuestionEntry): QuestionSummary {
    const answers = this.answersOf(question.slug);
    const accepted = answers.find((a) => a.data.accepted);
    const dates = [question.data.asked, question.data.updated, ...answers.flatMap((a) => [a.data.date, a.data.updated])].filter((d): d is Date => d !== undefined);
    return {
      question,
      status: effectiveStatus(question.data.status, answers.length),
      answerCount: answers.length,
      accepted,
      official: answers.some((a) => this.isOfficial(a)),
      lastActivity: new Date(Math.max(...dates.map(time))),
    };
  }

  topic(slug: string) {
    return this.topicBySlug.get(slug);
  }
  question(slug: string) {
    return this.questionBySlug.get(slug);
  }
  author(slug: string): AuthorInfo | undefined {
    return this.authors.get(slug);
  }

  /** An answer is "Official" when a staff member wrote it. */
  isOfficial(answer: AnswerEntry): boolean {
    return this.authors.get(answer.data.author)?.staff === true;
  }

  /** A question's answers, most votes first (see sortAnswers). */
  answersOf(questionSlug: string): AnswerEntry[] {
    return this.answersByQuestion.get(questionSlug) ?? [];
  }

  summary(questionSlug: string): QuestionSummary | undefined {
    return this.summaries.get(questionSlug);
  }

  /** Summaries of every question of a topic, in no particular order (lists sort them). */
  questionsIn(topicSlug: string): QuestionSummary[] {
    return this.questions.filter((q) => q.data.topic === topicSlug).map((q) => this.summaries.get(q.slug)!);
  }

  /** Every tag in use with its questions, tags in alphabetical order. */
  tags(): { tag: string; questions: QuestionSummary[] }[] {
    return [...this.questionsByTag.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([tag, questions]) => ({ tag, questions: questions.map((q) => this.summaries.get(q.slug)!) }));
  }

  /**
   * The question a duplicate finally points to, following chains (a duplicate of a duplicate).
   * Undefined for a question that is not a duplicate, or whose chain breaks or loops.
   */
  originalOf(questionSlug: string): QuestionEntry | undefined {
    const seen = new Set([questionSlug]);
    let target = this.question(this.question(questionSlug)?.data.duplicateOf ?? '');
    while (target?.data.duplicateOf) {
      if (seen.has(target.slug)) return undefined;
      seen.add(target.slug);
      target = this.question(target.data.duplicateOf);
    }
    return target && !seen.has(target.slug) ? target : undefined;
  }

  /** Questions marked as duplicates of this one, oldest first. */
  duplicatesOf(questionSlug: string): QuestionEntry[] {
    return this.questions
      .filter((q) => q.data.duplicateOf === questionSlug)
      .sort((a, b) => time(a.data.asked) - time(b.data.asked) || a.slug.localeCompare(b.slug, 'en'));
  }

  /**
   * Questions sharing tags with this one: more shared tags first, then the same topic, then
   * the most recent activity. Duplicates are left out (they only point elsewhere), and so is
   * a question sharing no tag.
   */
  related(questionSlug: string, limit: number): QuestionSummary[] {
    const question = this.question(questionSlug);
    if (!question) return [];
    const shared = new Map<string, number>();
    for (const tag of question.data.tags) {
      for (const other of this.questionsByTag.get(tag) ?? []) {
        if (other.slug !== questionSlug && !other.data.duplicateOf) shared.set(other.slug, (shared.get(other.slug) ?? 0) + 1);
      }
    }
    return [...shared.entries()]
      .map(([slug, count]) => ({ s: this.summaries.get(slug)!, count }))
      .sort(
        (x, y) =>
          y.count - x.count ||
          Number(y.s.question.data.topic === question.data.topic) - Number(x.s.question.data.topic === question.data.topic) ||
          time(y.s.lastActivity) - time(x.s.lastActivity) ||
          x.s.question.slug.localeCompare(y.s.question.slug, 'en'),
      )
      .slice(0, limit)
      .map((x) => x.s);
  }

  /** Questions marked `featured`, most recent activity first. */
  featured(): QuestionSummary[] {
    return this.byActivity(this.questions.filter((q) => q.data.featured));
  }

  /** The questions with the most recent activity across all topics. */
  recent(limit: number): QuestionSummary[] {
    return this.byActivity(this.questions).slice(0, limit);
  }

  private byActivity(questions: readonly QuestionEntry[]): QuestionSummary[] {
    return questions
      .map((q) => this.summaries.get(q.slug)!)
      .sort((a, b) => time(b.lastActivity) - time(a.lastActivity) || a.question.slug.localeCompare(b.question.slug, 'en'));
  }
}

/**
 * The start of a text for a quote or a description: whole words up to `max` characters,
 * with an ellipsis when something was cut.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
