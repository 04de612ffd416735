/**
 * What the checks say without failing anything: the page works, but a reader would be better
 * served. Each warning names the file and line and how to do better.
 */
import { isFileLink, pageUrlOfFile, resolveFileLink } from '../content/file-links';
import { urls } from '../site/urls';
import type { CommunityContent } from './community';
import { internalLinks } from './content-links';
import type { ContentError } from './errors';
import type { KnowledgeBase, ParsedEntry } from './knowledge-base';

/** Search engines and result lists cut titles longer than this. */
export const TITLE_WARNING_LENGTH = 70;
/** An article this long slows every search that matches it (its whole text is a result's fragment). */
export const TEXT_WARNING_BYTES = 100_000;

const warning = (entry: ParsedEntry, code: string, message: string, hint: string, at = entry.positionOf([])): ContentError =>
  ({ code, file: entry.file, ...at, message, hint, severity: 'warning' });

/** Every page address a content file's links lead to (site paths and file paths), for "no other page links here". */
function linkedPages(entries: readonly ParsedEntry[], contentRoot: string): Set<string> {
  const linked = new Set<string>();
  for (const entry of entries) {
    for (const { target } of internalLinks(entry.body, entry.bodyFirstLine)) linked.add(target.split(/[?#]/)[0]!.replace(/([^/])$/, '$1/'));
    for (const m of entry.body.matchAll(/\]\(\s*([^)\s]+)/g)) {
      if (!isFileLink(m[1]!)) continue;
      const from = entry.file.startsWith(`${contentRoot}/`) ? entry.file.slice(contentRoot.length + 1) : entry.file;
      const url = pageUrlOfFile(resolveFileLink(m[1]!, from).file, {});
      if (url) linked.add(url.split('#')[0]!);
    }
  }
  return linked;
}

export function contentWarnings(kb: KnowledgeBase, community: CommunityContent, options: { contentRoot: string; production: boolean }): ContentError[] {
  const warnings: ContentError[] = [];
  const articles = kb.articles.filter((a) => !(options.production && a.data.draft));
  for (const entry of [...articles, ...community.faqs, ...community.questions]) {
    const title = String(entry.data.title ?? '');
    if (title.length > TITLE_WARNING_LENGTH) {
      warnings.push(warning(entry, 'long-title', `the title is ${title.length} characters long; search results cut titles after about ${TITLE_WARNING_LENGTH}`, 'shorten it to the words a customer would search for; the description can say the rest', entry.positionOf(['title'])));
    }
  }
  for (const article of articles) {
    if (article.body.length > TEXT_WARNING_BYTES) {
      warnings.push(warning(article, 'long-article', `the article is ${Math.round(article.body.length / 1000)} kB of text, which slows every search that finds it`, 'split it into articles of one task each, linked to each other'));
    }
  }
  const withArticles = new Set(articles.map((a) => String(a.data.section)));
  const parents = new Set(kb.sections.map((s) => s.data.parent).filter(Boolean).map(String));
  for (const section of kb.sections) {
    if (!withArticles.has(section.slug) && !parents.has(section.slug)) {
      warnings.push(warning(section, 'empty-section', `the section "${String(section.data.title)}" has no articles, so its page is empty`, `add an article with \`section: ${section.slug}\`, or remove the section`));
    }
  }
  const linked = linkedPages([...articles, ...community.faqs, ...community.questions, ...community.answers], options.contentRoot);
  for (const article of articles) {
    if (!linked.has(urls.article(article.slug))) {
      warnings.push(warning(article, 'unlinked-article', 'no other article, FAQ answer or community post links here: readers find it only by browsing or searching', `link to it from a related article, e.g. [${String(article.data.title)}](${urls.article(article.slug)})`));
    }
  }
  return warnings;
}
