import { isoDate } from '../site/dates';
import { absoluteUrl } from '../site/urls';

/**
 * JSON-LD for the FAQ and the community Q&A. An FAQ page is an FAQPage: questions the site
 * answers itself, one answer each, exactly those shown on the page. A community question with
 * answers is a QAPage: one question, answers anyone could propose, the accepted one marked.
 * A question nobody has answered gets neither, and no page ever carries both types.
 * Serialise with serializeJsonLd (src/lib/structured-data.ts), as components/JsonLd.astro does.
 */

export interface FaqPageInput {
  /** The page's path, e.g. "/faq/billing/". */
  path: string;
  title: string;
  /** The question/answer pairs the page shows, in its order (see src/lib/faq-extract.ts). */
  entries: readonly { question: string; answer: string }[];
}

/** An FAQPage; undefined for a page without questions, which must not claim to be one. */
export function faqPageLd(page: FaqPageInput, baseUrl: string) {
  if (!page.entries.length) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: page.title,
    url: absoluteUrl(page.path, baseUrl),
    mainEntity: page.entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}

export interface QaAnswerInput {
  /** The answer's anchor on the question page, e.g. "answer-split-a-meeting--ines". */
  anchor: string;
  text: string;
  authorName: string;
  date: Date;
  updated?: Date;
  votes: number;
  accepted: boolean;
}

export interface QaPageInput {
  path: string;
  title: string;
  text: string;
  authorName: string;
  asked: Date;
  updated?: Date;
  votes: number;
  answers: readonly QaAnswerInput[];
}

const person = (name: string) => ({ '@type': 'Person', name });

function answerLd(a: QaAnswerInput, pageUrl: string) {
  return {
    '@type': 'Answer',
    text: a.text,
    url: `${pageUrl}#${a.anchor}`,
    datePublished: isoDate(a.date),
    ...(a.updated ? { dateModified: isoDate(a.updated) } : {}),
    upvoteCount: a.votes,
    author: person(a.authorName),
  };
}

/** A QAPage; undefined when the question has no answers (search engines want at least one). */
export function qaPageLd(q: QaPageInput, baseUrl: string) {
  if (!q.answers.length) return undefined;
  const url = absoluteUrl(q.path, baseUrl);
  const accepted = q.answers.find((a) => a.accepted);
  const suggested = q.answers.filter((a) => a !== accepted);
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    url,
    mainEntity: {
      '@type': 'Question',
      name: q.title,
      text: q.text || q.title,
      answerCount: q.answers.length,
      upvoteCount: q.votes,
      datePublished: isoDate(q.asked),
      ...(q.updated ? { dateModified: isoDate(q.updated) } : {}),
      author: person(q.authorName),
      ...(accepted ? { acceptedAnswer: answerLd(accepted, url) } : {}),
      ...(suggested.length ? { suggestedAnswer: suggested.map((a) => answerLd(a, url)) } : {}),
    },
  };
}
