import type { SiteWords } from '../../i18n';
import { isoDate } from '../site/dates';

/**
 * "Ask a question" and "Propose an answer" open the repository's new-file page with the file
 * already written: the right folder, and frontmatter that passes the checks once the writer
 * fills in their words. Customers who cannot open a pull request get the request form,
 * with the question filled in, instead.
 */

const GITHUB_EDIT = /^(https:\/\/github\.com\/[^/]+\/[^/]+)\/edit\/([^/]+)\/\{path\}$/;

/** The new-file URL pattern: the one configured, else one made from a GitHub edit link, else none. */
export function newFileUrlPattern(configured: string | undefined, editUrl: string | undefined): string | undefined {
  if (configured) return configured;
  const github = editUrl ? GITHUB_EDIT.exec(editUrl) : null;
  return github ? `${github[1]}/new/${github[2]}?filename={path}&value={content}` : undefined;
}

/** Fills a new-file URL pattern; every value is URL-encoded, the path's slashes included (the query needs them so). */
export function fillNewFileUrl(pattern: string, file: { path: string; content: string }): string {
  const slash = file.path.lastIndexOf('/');
  const values: Record<string, string> = {
    path: file.path,
    dir: slash === -1 ? '' : file.path.slice(0, slash),
    filename: file.path.slice(slash + 1),
    content: file.content,
  };
  return pattern.replace(/\{(path|dir|filename|content)\}/g, (_, key: string) => encodeURIComponent(values[key]!));
}

/**
 * The longest pre-filled new-file link offered. The file travels in the query string of the
 * repository host's new-file page, an interface it does not document; hosts and the proxies in
 * front of them answer 414 (URI Too Long) from about 8 kB, so a longer link would lose the
 * visitor's way in. Past it the request form, which always works, is the only offer.
 */
export const MAX_NEW_FILE_URL_LENGTH = 8000;

/** The filled new-file link, or none when there is no pattern or the link would be too long to open. */
export function newFileLink(pattern: string | undefined, file: { path: string; content: string }, maxLength = MAX_NEW_FILE_URL_LENGTH): string | undefined {
  if (!pattern) return undefined;
  const url = fillNewFileUrl(pattern, file);
  return url.length <= maxLength ? url : undefined;
}

export interface NewFile {
  /** Path from the repository root, e.g. "content/community/questions/time-tracking/your-question.mdx". */
  path: string;
  content: string;
}

/** A new question in a topic, dated `today`. `contentRoot` is the content folder relative to the repository root. */
export function questionTemplate(options: { contentRoot: string; topic: string; today: Date }): NewFile {
  return {
    path: `${options.contentRoot}/community/questions/${options.topic}/your-question-in-a-few-words.mdx`,
    content: [
      '---',
      'title: Your question, as you would ask a colleague',
      `topic: ${options.topic}`,
      'tags: [] # a few words, e.g. [invoices, tax]',
      'author: your-name # a file in content/authors/ (add yours in the same pull request)',
      `asked: ${isoDate(options.today)}`,
      '---',
      '',
      'What are you trying to do, what have you tried, and what happened instead?',
      '',
    ].join('\n'),
  };
}

/** A new answer to a question, dated `today`. */
export function answerTemplate(options: { contentRoot: string; question: string; today: Date }): NewFile {
  return {
    path: `${options.contentRoot}/community/answers/${options.question}/your-name.mdx`,
    content: [
      '---',
      `question: ${options.question}`,
      'author: your-name # a file in content/authors/ (add yours in the same pull request)',
      `date: ${isoDate(options.today)}`,
      '---',
      '',
      'Your answer: the steps that worked for you, and links to articles that helped.',
      '',
    ].join('\n'),
  };
}

/** The request form, pre-filled for a question (the form reads ?type= and ?subject=). */
export function requestLink(requestUrl: string, subject?: string): string {
  const url = new URL(requestUrl, 'https://placeholder.invalid');
  url.searchParams.set('type', 'question');
  if (subject) url.searchParams.set('subject', subject);
  const external = /^[a-z][a-z0-9+.-]*:/i.test(requestUrl) || requestUrl.startsWith('//');
  return external ? url.toString() : `${url.pathname}${url.search}`;
}

export interface AskLinks {
  /** The repository's new-file page with the file written, when a new-file URL is known. */
  newFileHref?: string;
  /** The request form with the question filled in, for customers without an account there. */
  requestHref: string;
}

interface TemplateSettings {
  requestUrl: string;
  editUrl?: string;
  community: { newFileUrl?: string };
}

/** "Ask a question" in a topic: a new question file (when its link is short enough to open), and the request form. */
export function askLinks(settings: TemplateSettings, place: { contentRoot: string; today: Date }, topic: string): AskLinks {
  const newFileHref = newFileLink(newFileUrlPattern(settings.community.newFileUrl, settings.editUrl), questionTemplate({ ...place, topic }));
  return {
    ...(newFileHref ? { newFileHref } : {}),
    requestHref: requestLink(settings.requestUrl),
  };
}

/**
 * "Propose an answer" under a question: a new answer file; and the request form, to answer or to
 * ask for help. The file is for the repository, so it is written in the writers' words; the form's
 * subject is in the visitor's language.
 */
export function contributeLinks(settings: TemplateSettings, place: { contentRoot: string; today: Date }, question: { slug: string; title: string }, words: SiteWords<'community.answerSubject'>) {
  const proposeHref = newFileLink(newFileUrlPattern(settings.community.newFileUrl, settings.editUrl), answerTemplate({ ...place, question: question.slug }));
  return {
    ...(proposeHref ? { proposeHref } : {}),
    sendAnswerHref: requestLink(settings.requestUrl, words.t('community.answerSubject', { title: question.title })),
    askSupportHref: requestLink(settings.requestUrl, question.title),
  };
}
