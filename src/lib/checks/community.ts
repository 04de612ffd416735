import { closeMatches } from '../text/close-matches';
import { COLLECTION_TABLE } from '../content/collections';
import type { ContentError } from './errors';
import { checkFaqs } from './faq';
import { findDuplicateSlugs, type CollectionSpec, type ParsedEntry } from './knowledge-base';
import { reference, slugs } from './references';

/**
 * Checks of the FAQ and the community Q&A that no single file's schema can make: references
 * between files (topic, author, question, category, section), at most one accepted answer,
 * duplicates that lead somewhere without going round in circles, FAQ pages that really hold
 * questions. Each problem is reported at
 * its file and line with a way to fix it.
 */

export const COMMUNITY_COLLECTIONS = {
  faqs: COLLECTION_TABLE.faqs,
  topics: COLLECTION_TABLE.topics,
  questions: COLLECTION_TABLE.questions,
  answers: COLLECTION_TABLE.answers,
} satisfies Record<string, CollectionSpec>;

export interface CommunityContent {
  faqs: ParsedEntry[];
  topics: ParsedEntry[];
  questions: ParsedEntry[];
  answers: ParsedEntry[];
}

/** What the community files may refer to elsewhere in content/. */
export interface Referable {
  authors: readonly ParsedEntry[];
  categories: readonly ParsedEntry[];
  sections: readonly ParsedEntry[];
  /** Articles that will have a page in this build. */
  articles: readonly ParsedEntry[];
}

/** Topics, questions and answers: references, accepted answers, dates and duplicates. */
export function checkQuestions(content: Pick<CommunityContent, 'topics' | 'questions' | 'answers'>, referable: Referable, contentRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  const topics = slugs(content.topics);
  const authors = slugs(referable.authors);
  const questions = new Map(content.questions.map((q) => [q.slug, q]));
  const authorsDir = `${contentRoot}/authors/`;
  const authorFile = `${contentRoot}/authors/{value}.yaml (name:, and staff: true for your team)`;

  for (const q of content.questions) {
    errors.push(...reference(q, 'topic', topics, 'topic', `${contentRoot}/community/topics/`, `${contentRoot}/community/topics/{value}.yaml`));
    errors.push(...reference(q, 'author', authors, 'author', authorsDir, authorFile));
    const target = q.data.duplicateOf as string | undefined;
    if (target === undefined) continue;
    if (!questions.has(target)) {
      errors.push(...reference(q, 'duplicateOf', new Set(questions.keys()), 'question', `${contentRoot}/community/questions/`, ''));
      continue;
    }
    const chain = [q.slug];
    for (let next: string | undefined = target; next !== undefined; next = questions.get(next)?.data.duplicateOf as string | undefined) {
      if (chain.includes(next)) {
        if (next === q.slug) {
          errors.push({
            code: 'duplicate-loop', file: q.file, ...q.positionOf(['duplicateOf']),
            message: `\`duplicateOf\` goes round in a circle: ${[...chain, next].join(' → ')}`,
            hint: 'the original question must not be marked as a duplicate: remove `duplicateOf:` from one of these questions',
          });
        }
        break;
      }
      chain.push(next);
    }
  }

  const acceptedBy = new Map<string, ParsedEntry[]>();
  for (const a of content.answers) {
    const id = a.slug;
    errors.push(...reference(a, 'author', authors, 'author', authorsDir, authorFile));
    const question = questions.get(a.data.question as string);
    if (!question) {
      const close = closeMatches(String(a.data.question), questions.keys());
      errors.push({
        code: 'unknown-question', file: a.file, ...a.positionOf(['question']),
        message: `\`question: ${String(a.data.question)}\` names no question, so this answer (${id}) would be shown nowhere`,
        hint: `use the file name (without extension) of a question in ${contentRoot}/community/questions/${close.length ? `, e.g. ${close.join(' or ')}` : ''}`,
      });
      continue;
    }
    if ((a.data.date as Date) < (question.data.asked as Date)) {
      errors.push({
        code: 'answer-before-question', file: a.file, ...a.positionOf(['date']),
        message: `the answer is dated before its question was asked (${(question.data.asked as Date).toISOString().slice(0, 10)})`,
        hint: 'use the day the answer was written, YYYY-MM-DD',
      });
    }
    if (a.data.accepted) acceptedBy.set(question.slug, [...(acceptedBy.get(question.slug) ?? []), a]);
  }
  for (const [question, accepted] of acceptedBy) {
    if (accepted.length < 2) continue;
    for (const a of accepted) {
      errors.push({
        code: 'two-accepted-answers', file: a.file, ...a.positionOf(['accepted']),
        message: `the question "${question}" has ${accepted.length} accepted answers: ${accepted.map((x) => x.file).join(', ')}`,
        hint: 'a question can have one accepted answer: keep `accepted: true` in the answer that solved it and remove it from the others',
      });
    }
  }
  errors.push(...findDuplicateSlugs(COMMUNITY_COLLECTIONS.topics, content.topics));
  errors.push(...findDuplicateSlugs(COMMUNITY_COLLECTIONS.questions, content.questions));
  return errors;
}

/** Every community check, for content-check (links are checked with every other file's, in source-links.ts). */
export function checkCommunity(content: CommunityContent, referable: Referable, options: { contentRoot: string; production: boolean }): ContentError[] {
  return [
    ...checkFaqs(content.faqs, referable, options.contentRoot),
    ...checkQuestions(content, referable, options.contentRoot),
  ];
}
