import { COLLECTION_TABLE } from '../content/collections';
import type { ContentError } from './errors';
import { closeMatches } from '../text/close-matches';
import { faqSections } from '../faq/extract';
import { parseBody } from './mdx-syntax';
import { findDuplicateSlugs, type CollectionSpec, type ParsedEntry } from './knowledge-base';
import { urls } from '../site/urls';

/**
 * Checks of the FAQ and the community Q&A that no single file's schema can make: references
 * between files (topic, author, question, category, section), at most one accepted answer,
 * duplicates that lead somewhere without going round in circles, FAQ pages that really hold
 * questions, and links to pages or FAQ answers that do not exist. Each problem is reported at
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

export { closeMatches };

/**
 * An answer's id: its path under the answers folder without extension, e.g. "split-a-meeting/ines".
 * Paths are unique, so two answers can never collide, whatever their files are called.
 */
export function answerIdOf(file: string, contentRoot: string): string {
  const base = `${contentRoot}/${COMMUNITY_COLLECTIONS.answers.dir}/`;
  return COMMUNITY_COLLECTIONS.answers.idOf(file.startsWith(base) ? file.slice(base.length) : file);
}


function reference(entry: ParsedEntry, field: string, known: ReadonlySet<string>, what: string, where: string, create: string): ContentError[] {
  const value = entry.data[field];
  if (typeof value !== 'string' || known.has(value)) return [];
  const close = closeMatches(value, known);
  return [{
    code: `unknown-${what}`, file: entry.file, ...entry.positionOf([field]),
    message: `\`${field}: ${value}\` names no ${what}`,
    hint: `use the file name (without extension) of a file in ${where}${close.length ? `, e.g. ${close.join(' or ')}` : ''}${create ? `, or create ${create.replace('{value}', value)}` : ''}`,
  }];
}

const slugs = (entries: readonly ParsedEntry[]) => new Set(entries.map((e) => e.slug));

/** FAQ pages: their category or section exists, they hold questions, and each question is marked up once. */
export function checkFaqs(faqs: readonly ParsedEntry[], referable: Referable, contentRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, { entry: ParsedEntry; line: number; slug: string }>();
  for (const faq of faqs) {
    errors.push(...reference(faq, 'category', slugs(referable.categories), 'category', `${contentRoot}/categories/`, `${contentRoot}/categories/{value}.yaml`));
    errors.push(...reference(faq, 'section', slugs(referable.sections), 'section', `${contentRoot}/sections/`, `${contentRoot}/sections/{value}.yaml`));
    const tree = parseBody(faq.body);
    const toFileLine = (line: number | undefined) => (line ?? 1) + faq.bodyFirstLine - 1;
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 1) {
        errors.push({
          code: 'faq-h1', file: faq.file, line: toFileLine(node.position?.start.line),
          message: 'an FAQ page has a `#` heading in its body',
          hint: 'the page title comes from `title:`; write each question as a `##` heading',
        });
      }
    }
    const { sections } = faqSections(tree);
    if (!sections.length) {
      errors.push({
        code: 'faq-without-questions', file: faq.file, line: faq.bodyFirstLine,
        message: 'this FAQ page has no questions',
        hint: 'write each question as a `## ` heading, followed by its answer in ordinary Markdown, e.g. "## Can I pay annually?"',
      });
    }
    const seen = new Map<string, number>();
    for (const { entry, answer } of sections) {
      const line = toFileLine(entry.line);
      const key = entry.question.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
      if (!answer.some((n) => n.type !== 'mdxjsEsm') || !entry.answer) {
        errors.push({
          code: 'faq-question-without-answer', file: faq.file, line,
          message: `the question "${entry.question}" has no answer`,
          hint: 'write the answer below the `##` question, before the next `##` heading',
        });
      }
      if (seen.has(key)) {
        errors.push({
          code: 'faq-question-repeated', file: faq.file, line,
          message: `the question "${entry.question}" is asked twice on this page (also at line ${seen.get(key)})`,
          hint: 'merge the two answers under one `##` question',
        });
        continue;
      }
      seen.set(key, line);
      const other = owner.get(key);
      if (other && other.entry !== faq) {
        errors.push({
          code: 'faq-question-on-two-pages', file: faq.file, line,
          message: `the question "${entry.question}" is also answered in ${other.entry.file}:${other.line}`,
          hint: `keep a question on one FAQ page only (search engines accept its markup once); link to it instead: ${urls.faq(other.entry.slug)}#${other.slug}`,
        });
      } else owner.set(key, { entry: faq, line, slug: entry.slug });
    }
  }
  return [...errors, ...findDuplicateSlugs(COMMUNITY_COLLECTIONS.faqs, faqs)];
}

const faqAnchorsCache = new WeakMap<ParsedEntry, string[]>();

/** The question anchors of one FAQ page, in page order. */
function anchorsOf(faq: ParsedEntry): string[] {
  let anchors = faqAnchorsCache.get(faq);
  if (!anchors) {
    anchors = faqSections(parseBody(faq.body)).sections.map((s) => s.entry.slug);
    faqAnchorsCache.set(faq, anchors);
  }
  return anchors;
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

/** Markdown link targets and href attributes that stay on the site, with the line they are written on. */
export function internalLinks(body: string, bodyFirstLine: number): { target: string; line: number; column: number }[] {
  const found: { target: string; line: number; column: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\((\/[^)\s]*)|href=["'](\/[^"']*)["']/g)) {
      const target = m[1] ?? m[2]!;
      if (!target.startsWith('//')) found.push({ target, line: bodyFirstLine + i, column: m.index + m[0].indexOf(target) + 1 });
    }
  });
  return found;
}

/**
 * Links written in the FAQ and Q&A files to articles, FAQ pages (down to the question's
 * anchor) and questions that will not exist. The link check after the build catches every
 * other broken link; this one runs first so that a link in an answer, which shares its
 * page with the question, is still reported at the answer's own line. Articles are checked
 * for links to FAQ anchors as well, which no check of built files sees.
 */
export function checkCommunityLinks(content: CommunityContent, articles: readonly ParsedEntry[], liveFaqs: readonly ParsedEntry[]): ContentError[] {
  const articleUrls = new Set(articles.map((a) => urls.article(a.slug)));
  const questionUrls = new Set(content.questions.map((q) => urls.question(q.slug)));
  const faqAnchors = new Map(liveFaqs.map((f) => [urls.faq(f.slug), new Set(anchorsOf(f))]));
  const errors: ContentError[] = [];
  const check = (entry: ParsedEntry, onlyFaqLinks: boolean) => {
    for (const { target, line, column } of internalLinks(entry.body, entry.bodyFirstLine)) {
      const [pathPart = '', fragment] = target.split('#') as [string, string | undefined];
      const path = pathPart.split('?')[0]!.replace(/([^/])$/, '$1/');
      const broken = (message: string, hint: string) => errors.push({ code: 'broken-link', file: entry.file, line, column, message, hint });
      if (path.startsWith('/faq/') && path !== urls.faqIndex()) {
        const anchors = faqAnchors.get(path);
        if (!anchors) broken(`the link ${target} leads to no FAQ page`, 'FAQ pages live at /faq/<file name>/; check the spelling, or whether that page is a draft');
        else if (fragment && !anchors.has(fragment)) {
          broken(`the link ${target} names no question of ${path}`, `a question's anchor is made from its words; the questions there are: ${[...anchors].map((a) => `#${a}`).join(', ')}`);
        }
      }
      if (onlyFaqLinks) continue;
      if (path.startsWith('/articles/') && !articleUrls.has(path)) {
        broken(`the link ${target} leads to no page of the site`, 'correct the address (articles live at /articles/<file name>/), or publish the page it points to');
      }
      if (path.startsWith('/community/questions/') && !questionUrls.has(path)) {
        broken(`the link ${target} leads to no question`, 'questions live at /community/questions/<file name>/');
      }
    }
  };
  for (const entry of [...liveFaqs, ...content.questions, ...content.answers]) check(entry, false);
  for (const article of articles) check(article, true);
  return errors;
}

/** Every community check, for content-check. `production` leaves draft FAQ pages and articles out of the link targets. */
export function checkCommunity(content: CommunityContent, referable: Referable, options: { contentRoot: string; production: boolean }): ContentError[] {
  const liveFaqs = content.faqs.filter((f) => !(options.production && f.data.draft));
  return [
    ...checkFaqs(content.faqs, referable, options.contentRoot),
    ...checkQuestions(content, referable, options.contentRoot),
    ...checkCommunityLinks(content, referable.articles, liveFaqs),
  ];
}
