/**
 * The one HTML policy of safe content, used twice:
 *  - WRITER_HTML says which elements and attributes a writer may type in an MDX file in safe
 *    mode; the content check refuses anything else, at its line, with a fix;
 *  - SANITIZE_SCHEMA is what hast-util-sanitize keeps of the rendered tree of a safe file: the
 *    writer's HTML plus what our own Markdown pipeline adds (FAQ wrappers, footnotes, task lists,
 *    code languages). It runs after the check as a second line of defence.
 * Both start from hast-util-sanitize's GitHub-like default, so the two can only differ on purpose.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { LINK_SCHEMES } from './safe-url';

/** Elements GitHub renders from Markdown's raw HTML that the default list leaves out. */
const EXTRA_TAGS = ['abbr', 'bdi', 'bdo', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr'];

/** Attributes (as written in HTML) any allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['align', 'alt', 'dir', 'height', 'lang', 'title', 'width', 'aria-label'];

/** Attributes some elements may carry on top of the global ones. */
const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'hreflang'],
  img: ['src', 'loading'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers', 'valign'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'valign'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
  input: ['type', 'checked', 'disabled'],
  table: ['summary'],
};

/** Attributes whose value is a URL: each is checked by scheme (src/lib/security/safe-url.ts). */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset', 'background', 'longdesc', 'xlink:href', 'data', 'ping', 'manifest', 'codebase']);

/** Elements refused with a reason of their own, because writers reach for them most. */
export const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'a script would run in every visitor\'s browser; nothing in an article can run code',
  style: 'a <style> element would restyle the whole page',
  iframe: 'an embedded frame loads another site inside the article',
  frame: 'an embedded frame loads another site inside the article',
  object: 'an embedded object loads a plug-in or another page',
  embed: 'an embedded object loads a plug-in or another page',
  form: 'a form would send visitors\' input somewhere other than the help center',
  input: 'form fields belong to forms; only the checkboxes of task lists are allowed',
  button: 'buttons do nothing in an article: there is no script to answer them',
  link: 'a <link> element loads another stylesheet or document into the page',
  meta: 'a <meta> element changes how the whole page is read',
  base: 'a <base> element changes where every link of the page goes',
  svg: 'inline SVG can carry script and styles',
  math: 'inline MathML can carry links the checks cannot see',
};

export const WRITER_HTML = {
  tags: new Set([...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), ...EXTRA_TAGS]),
  attributesOf(tag: string): Set<string> {
    return new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[tag] ?? [])]);
  },
};

/**
 * Class names, ids and data attributes our own remark/rehype plugins put on safe content: FAQ
 * questions and answers, footnotes, heading anchors. Ids are allowed only where they put them.
 */
const PIPELINE_ATTRIBUTES: NonNullable<Schema['attributes']> = {
  div: [['className', 'faq-list', 'faq-item', 'faq-answer'], 'dataFaqList', 'dataFaqItem', 'dataFaqAnswer', 'id'],
  h1: ['id'],
  h2: [['className', 'sr-only', 'faq-question'], 'id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  a: ['id'],
  li: ['id'],
  code: [['className', /^language-./], 'metastring'],
  pre: [['className', /^language-./], 'dataLanguage'],
};

/** The hast property name of an HTML attribute: "colspan" → "colSpan", as the sanitiser's schema names them. */
export const propertyOf = (attribute: string) => find(html, attribute).property;

type AttributeList = NonNullable<Schema['attributes']>[string];

/**
 * Joins attribute lists: an attribute allowed with any value stays so; one allowed with a few
 * values (["className", "faq-item"]) gets every value any of the lists allows.
 */
function merged(...lists: (AttributeList | undefined)[]): AttributeList {
  const byName = new Map<string, true | (string | number | boolean | RegExp | null | undefined)[]>();
  for (const entry of lists.flatMap((l) => l ?? [])) {
    const [name, ...values] = typeof entry === 'string' ? [entry] : entry;
    const known = byName.get(name);
    if (known === true) continue;
    byName.set(name, typeof entry === 'string' ? true : [...(known ?? []), ...values]);
  }
  return [...byName].map(([name, values]) => (values === true ? name : [name, ...values]));
}

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...WRITER_HTML.tags, 'input'],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(
      [...new Set([...Object.keys(ELEMENT_ATTRIBUTES), ...Object.keys(PIPELINE_ATTRIBUTES)])].map((tag) => [
        tag,
        merged(defaultSchema.attributes?.[tag], PIPELINE_ATTRIBUTES[tag], ELEMENT_ATTRIBUTES[tag]?.filter((a) => !['type', 'checked', 'disabled'].includes(a)).map(propertyOf)),
      ]),
    ),
    // No `name` and no `id` on just any element: either would let content stand in for the page's own elements (DOM clobbering).
    '*': merged(defaultSchema.attributes?.['*']?.filter((a) => a !== 'id' && a !== 'name'), GLOBAL_ATTRIBUTES.map(propertyOf)),
  },
  // Our ids (FAQ questions, footnotes) must keep working as anchors; writers cannot set ids at all.
  clobber: [],
  protocols: {
    href: [...LINK_SCHEMES],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};
