/**
 * The links writers' files make, checked before anything is built: every address on the site an
 * article, FAQ page, question, answer or snippet links to (absolute, relative, or a path to
 * another file) must be a page this build makes, every #anchor a heading or question of that
 * page, every image or download under public/ a file that exists. Reported at the line of the
 * link, with the closest address that does exist. The link check after the build looks at the
 * built HTML as well, for what only rendering makes (templates, settings).
 */
import { answerAnchor } from '../community/model';
import { isFileLink, pageUrlOfFile, resolveFileLink } from '../content/file-links';
import type { BodyLink } from '../content/body-links';
import { urls } from '../site/urls';
import { closeMatches } from '../text/close-matches';
import type { CommunityContent } from './community';
import { internalLinks } from './content-links';
import type { ContentError } from './errors';
import { asBrowserReads, isMalformed } from './built-links';
import { anchorsOf } from './faq';
import type { KnowledgeBase, ParsedEntry } from './knowledge-base';

/** What links may lead to in this build. */
export interface LinkTargets {
  /** Every page path ("/articles/x/"), redirects included. */
  pages: Set<string>;
  /** Path patterns of pages made in numbers (list pages, topic views), checked loosely here and exactly after the build. */
  patterns: RegExp[];
  /** The anchors of a page, where they are known before the build. */
  anchors: Map<string, { ids: Set<string>; what: 'heading' | 'question' | 'answer' }>;
  /** Files under public/, as site paths ("/downloads/x.csv"). */
  publicFiles: Set<string>;
  /** Content files by path relative to content/, with their frontmatter, for file links. */
  contentFiles: Map<string, Record<string, unknown>>;
  articleSlugs: string[];
  draftArticleSlugs: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Anchors every article page has besides its headings: the top of the page, its main region, GFM footnotes. */
const PAGE_ANCHORS = ['top', 'main'];
const isFootnoteAnchor = (id: string) => id.startsWith('user-content-fn');

export function linkTargetsOf(kb: KnowledgeBase, community: CommunityContent, options: { production: boolean; contentRoot: string; publicFiles: readonly string[]; snippets?: readonly ParsedEntry[] }): LinkTargets {
  const live = <T extends ParsedEntry>(entries: readonly T[]) => entries.filter((e) => !(options.production && e.data.draft));
  const articles = live(kb.articles);
  const faqs = live(community.faqs);
  const pages = new Set<string>([urls.home(), '/search/', urls.request(), urls.faqIndex(), urls.community(), urls.tags()]);
  const anchors: LinkTargets['anchors'] = new Map();
  for (const c of kb.categories) pages.add(urls.category(c.slug));
  for (const s of kb.sections) pages.add(urls.section(s.slug));
  for (const a of articles) {
    pages.add(urls.article(a.slug));
    for (const label of (a.data.labels as string[] | undefined) ?? []) pages.add(urls.label(label));
    for (const from of (a.data.redirectFrom as string[] | undefined) ?? []) pages.add(from.endsWith('/') ? from : `${from}/`);
    if (a.headingIds) anchors.set(urls.article(a.slug), { ids: new Set([...a.headingIds, ...PAGE_ANCHORS]), what: 'heading' });
  }
  for (const f of faqs) {
    pages.add(urls.faq(f.slug));
    anchors.set(urls.faq(f.slug), { ids: new Set(anchorsOf(f)), what: 'question' });
  }
  for (const t of community.topics) pages.add(urls.topic(t.slug));
  for (const q of community.questions) {
    pages.add(urls.question(q.slug));
    for (const tag of (q.data.tags as string[] | undefined) ?? []) pages.add(urls.tag(tag));
  }
  const answersOf = new Map<string, Set<string>>();
  for (const a of community.answers) {
    const question = String(a.data.question);
    answersOf.set(question, (answersOf.get(question) ?? new Set()).add(answerAnchor(a.slug)));
  }
  for (const [question, ids] of answersOf) anchors.set(urls.question(question), { ids, what: 'answer' });
  const patterns = [
    ...kb.sections.map((s) => new RegExp(`^${escape(urls.section(s.slug))}page/\\d+/$`)),
    ...community.topics.map((t) => new RegExp(`^${escape(urls.topic(t.slug))}(?:[a-z0-9-]+/)+$`)),
    /^\/community\/tags\/[^/]+\/page\/\d+\/$/,
  ];
  const contentFiles = new Map<string, Record<string, unknown>>();
  const inContent = (file: string) => (file.startsWith(`${options.contentRoot}/`) ? file.slice(options.contentRoot.length + 1) : file);
  for (const e of [...kb.articles, ...community.faqs, ...community.questions, ...community.answers, ...(options.snippets ?? [])]) contentFiles.set(inContent(e.file), e.data);
  return {
    pages, patterns, anchors, contentFiles,
    publicFiles: new Set(options.publicFiles),
    articleSlugs: articles.map((a) => a.slug),
    draftArticleSlugs: new Set(kb.articles.filter((a) => a.data.draft).map((a) => a.slug)),
  };
}

/** The links of an entry: from its tree when the check parsed it, otherwise read from its text (site paths and file links). */
function linksOfEntry(entry: ParsedEntry): BodyLink[] {
  if (entry.links) return entry.links;
  const found: BodyLink[] = internalLinks(entry.body, entry.bodyFirstLine).map((l) => ({ url: l.target, line: l.line, column: l.column, image: false }));
  entry.body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\(\s*([^)\s]+)/g)) {
      if (isFileLink(m[1]!)) found.push({ url: m[1]!, line: entry.bodyFirstLine + i, column: m.index + 3, image: false });
    }
  });
  return found;
}

/** The page an entry's relative links count from; undefined for a snippet, whose page is the one that includes it. */
function pageOfEntry(collection: string, entry: ParsedEntry): string | undefined {
  switch (collection) {
    case 'articles': return urls.article(entry.slug);
    case 'faqs': return urls.faq(entry.slug);
    case 'questions': return urls.question(entry.slug);
    case 'answers': return urls.question(String(entry.data.question));
    default: return undefined;
  }
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function checkSourceLinks(sources: Record<'articles' | 'faqs' | 'questions' | 'answers' | 'snippets', readonly ParsedEntry[]>, targets: LinkTargets, contentRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const [collection, entries] of Object.entries(sources)) {
    for (const entry of entries) {
      const page = pageOfEntry(collection, entry);
      const fromFile = entry.file.startsWith(`${contentRoot}/`) ? entry.file.slice(contentRoot.length + 1) : entry.file;
      for (const link of linksOfEntry(entry)) {
        const problem = checkLink(link, { page, fromFile, targets, contentRoot });
        if (problem) errors.push({ code: 'broken-link', file: entry.file, line: link.line, column: link.column, ...problem });
      }
    }
  }
  return errors;
}

function checkLink(link: BodyLink, context: { page?: string; fromFile: string; targets: LinkTargets; contentRoot: string }): { message: string; hint: string } | undefined {
  const { targets } = context;
  const written = link.url.trim();
  // A scheme hidden by tabs or line breaks (java&#x09;script:) is read as a browser would; safe mode refuses it on its own.
  if (!written || written.startsWith('//') || SCHEME.test(asBrowserReads(written))) return undefined;
  const what = link.image ? 'image' : 'link';
  if (isMalformed(written) || /#.*%(?![0-9a-f]{2})/i.test(written)) {
    return { message: `the ${what} ${written} is not a valid address: "%" must be followed by two hexadecimal digits`, hint: 'write the page\'s address as it appears in the address bar, e.g. /articles/refunds/; a literal "%" is written %25' };
  }
  let address = written;
  if (isFileLink(written)) {
    const { file, rest } = resolveFileLink(written, context.fromFile);
    const data = targets.contentFiles.get(file);
    if (!data) {
      const close = closeMatches(file.split('/').pop()!, [...targets.contentFiles.keys()].map((f) => f.split('/').pop()!)).map((name) => [...targets.contentFiles.keys()].find((f) => f.endsWith(`/${name}`) || f === name)!);
      return {
        message: `the link ${written} names no content file`,
        hint: `${context.contentRoot}/${file} does not exist${close.length ? `: did you mean ${context.contentRoot}/${close[0]}?` : ''}; link to another file by its path from this one, e.g. ../billing/refunds.mdx, or by its page address, e.g. /articles/refunds/`,
      };
    }
    const url = pageUrlOfFile(file, data);
    if (!url) return { message: `the link ${written} names ${context.contentRoot}/${file}, which has no page of its own`, hint: 'link to the page that shows it; a snippet is included with <Snippet id="…" />, not linked' };
    address = `${url.includes('#') && rest.startsWith('#') ? url.split('#')[0] : url}${rest}`;
  } else if (!written.startsWith('/')) {
    // Relative: counted from the page, as a browser does; a snippet has no page of its own.
    if (!context.page) return undefined;
    const resolved = new URL(written, `https://site.invalid${context.page}`);
    address = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  }
  const hashAt = address.indexOf('#');
  const fragment = hashAt === -1 ? undefined : decodeURIComponent(address.slice(hashAt + 1));
  let path = address.slice(0, hashAt === -1 ? undefined : hashAt).split('?')[0]!;
  const shown = address === written ? written : `${written} (${address})`;
  if (/\.[a-z0-9]+$/i.test(path)) {
    if (targets.publicFiles.has(decodeURIComponent(path))) return undefined;
    const close = closeMatches(path, targets.publicFiles);
    return {
      message: `the ${what} ${shown} names no file of public/`,
      hint: `put the file under public/ (public/images/a.png is /images/a.png)${close.length ? `, or did you mean ${close[0]}?` : ''}${link.image ? '; an image of content/images/ is shown with <Figure src="…" alt="…" />' : ''}`,
    };
  }
  if (!path.endsWith('/')) path = `${path}/`;
  if (!targets.pages.has(path) && !targets.patterns.some((p) => p.test(path))) return missingPage(shown, path, targets);
  if (!fragment) return undefined;
  const anchors = targets.anchors.get(path);
  if (!anchors || anchors.ids.has(fragment) || (anchors.what === 'heading' && isFootnoteAnchor(fragment))) return undefined;
  const listed = [...anchors.ids].filter((id) => !PAGE_ANCHORS.includes(id));
  const close = closeMatches(fragment, listed);
  if (anchors.what === 'question') {
    return { message: `the link ${shown} names no question of ${path}`, hint: `a question's anchor is made from its words; ${close.length ? `did you mean #${close[0]}? ` : ''}the questions there are: ${listed.map((a) => `#${a}`).join(', ')}` };
  }
  if (anchors.what === 'answer') {
    if (!fragment.startsWith('answer-')) return undefined;
    return { message: `the link ${shown} names no answer of ${path}`, hint: `an answer's anchor is answer-<question>--<file name>; the answers there are: ${listed.map((a) => `#${a}`).join(', ')}` };
  }
  return {
    message: `the link ${shown} names no heading of ${path}`,
    hint: `${close.length ? `did you mean #${close[0]}? ` : ''}A heading's anchor is made from its words, e.g. "## Set up billing" → #set-up-billing; ${listed.length ? `the headings there: ${listed.slice(0, 12).map((a) => `#${a}`).join(', ')}${listed.length > 12 ? ', …' : ''}` : 'that page has no headings'}`,
  };
}

function missingPage(shown: string, path: string, targets: LinkTargets): { message: string; hint: string } {
  const article = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
  if (article !== undefined) {
    if (targets.draftArticleSlugs.has(article)) return { message: `the link ${shown} leads to no page of the site: that article is a draft`, hint: 'publish it first (remove `draft: true`), or link to it once it is' };
    const close = closeMatches(article, targets.articleSlugs);
    return { message: `the link ${shown} leads to no page of the site`, hint: `correct the address (articles live at /articles/<file name>/${close.length ? `; did you mean /articles/${close[0]}/?` : ''}), or publish the page it points to` };
  }
  if (path.startsWith('/faq/')) return { message: `the link ${shown} leads to no FAQ page`, hint: 'FAQ pages live at /faq/<file name>/; check the spelling, or whether that page is a draft' };
  if (path.startsWith('/community/questions/')) return { message: `the link ${shown} leads to no question`, hint: 'questions live at /community/questions/<file name>/' };
  const close = closeMatches(path, targets.pages);
  return { message: `the link ${shown} leads to no page of the site`, hint: `check the address (the README lists the site's addresses under URLs)${close.length ? `; did you mean ${close[0]}?` : ''}` };
}
