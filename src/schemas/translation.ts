import { z } from 'astro/zod';
import { DateSchema, SlugSchema } from './shared';

/**
 * The frontmatter of a translation: a file under content/<locale>/ at the place of its original
 * under content/, named after the original's id (see the README's "Languages"). A translation
 * holds only the words a reader sees; where the page sits (section, author, labels, order,
 * dates of the original…) is the original's and is never repeated.
 */
const translated = {
  /** The translated title. Required. */
  title: z.string().min(1).max(120),
  /** The day the translation was last brought in line with its original, YYYY-MM-DD; an original changed later makes it "may be out of date". Default: the translation file's last commit. */
  updated: DateSchema().optional(),
  /** The page's address in this language, e.g. "arbeitsbereich-einrichten". Default: the original's. */
  slug: SlugSchema().optional(),
};

/** content/<locale>/articles/…/<id>.mdx */
export function ArticleTranslationSchema() {
  return z.strictObject({
    ...translated,
    /** The translated one-sentence summary. Required. */
    description: z.string().min(1).max(300),
    /** Keep the translation unpublished while it is being written (the original shows instead). Default: false. */
    draft: z.boolean().default(false),
  });
}

/** content/<locale>/faq/<id>.mdx: every `##` question translated. */
export function FaqTranslationSchema() {
  return z.strictObject({
    ...translated,
    /** The translated summary. Default: none. */
    description: z.string().min(1).max(300).optional(),
    draft: z.boolean().default(false),
  });
}

/** content/<locale>/community/questions/…/<id>.mdx */
export function QuestionTranslationSchema() {
  return z.strictObject(translated);
}

/** content/<locale>/community/answers/<question>/<name>.mdx: the answer's text; frontmatter optional. */
export function AnswerTranslationSchema() {
  return z.strictObject({ updated: translated.updated });
}

/** content/<locale>/{categories,sections,community/topics}/<id>.yaml */
export function GroupTranslationSchema() {
  return z.strictObject({
    /** The translated name. Required. */
    title: z.string().min(1),
    /** The translated description. Required. */
    description: z.string().min(1),
  });
}

/** content/<locale>/authors/<id>.yaml: an author's role in this language. */
export function AuthorTranslationSchema() {
  return z.strictObject({
    /** The translated role, e.g. "Support-Leitung". Required. */
    role: z.string().min(1),
  });
}

export type ArticleTranslation = z.output<ReturnType<typeof ArticleTranslationSchema>>;
