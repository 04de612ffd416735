import { urls } from '../site/urls';
import type { CommunityContent } from './community';
import type { ContentError } from './errors';
import { anchorsOf } from './faq';
import type { ParsedEntry } from './knowledge-base';

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

