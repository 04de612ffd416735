import { faqSections } from '../faq/extract';
import { urls } from '../site/urls';
import { COLLECTION_TABLE } from '../content/collections';
import type { ContentError } from './errors';
import { findDuplicateSlugs, type ParsedEntry } from './knowledge-base';
import { parseBody } from './mdx-syntax';

/** An FAQ body's tree, or nothing when it does not parse: its syntax error is reported where bodies are checked. */
function treeOf(body: string) {
  try {
    return parseBody(body);
  } catch {
    return undefined;
  }
}
import { reference, slugs } from './references';

/** What an FAQ page may name: the categories and sections it is placed under. */
export interface FaqReferable {
  categories: readonly ParsedEntry[];
  sections: readonly ParsedEntry[];
}

/** FAQ pages: their category or section exists, they hold questions, and each question is marked up once. */
export function checkFaqs(faqs: readonly ParsedEntry[], referable: FaqReferable, contentRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, { entry: ParsedEntry; line: number; slug: string }>();
  for (const faq of faqs) {
    errors.push(...reference(faq, 'category', slugs(referable.categories), 'category', `${contentRoot}/categories/`, `${contentRoot}/categories/{value}.yaml`));
    errors.push(...reference(faq, 'section', slugs(referable.sections), 'section', `${contentRoot}/sections/`, `${contentRoot}/sections/{value}.yaml`));
    const tree = treeOf(faq.body);
    if (!tree) continue;
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
      // An answer may be a component alone (a snippet, a figure), which has no words of its own here.
      const shows = entry.answer !== '' || answer.some((n) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement');
      if (!answer.some((n) => n.type !== 'mdxjsEsm') || !shows) {
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
  return [...errors, ...findDuplicateSlugs(COLLECTION_TABLE.faqs, faqs)];
}

const faqAnchorsCache = new WeakMap<ParsedEntry, string[]>();

/** The question anchors of one FAQ page, in page order. */
export function anchorsOf(faq: ParsedEntry): string[] {
  let anchors = faqAnchorsCache.get(faq);
  if (!anchors) {
    const tree = treeOf(faq.body);
    anchors = tree ? faqSections(tree).sections.map((s) => s.entry.slug) : [];
    faqAnchorsCache.set(faq, anchors);
  }
  return anchors;
}

