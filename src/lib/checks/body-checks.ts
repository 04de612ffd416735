/**
 * The checks of one MDX body's tree, shared by the content check (which parses bodies itself in
 * `npm run check` and `astro dev`) and the Markdown pipeline's guard (which sees every tree a
 * build compiles): what safe mode refuses, Markdown that would show something else than written
 * (code-block titles and marked lines, alerts), and what a collection's files may not hold (a
 * snippet has no headings).
 */
import type { Root } from 'mdast';
import { CONTENT_COMPONENTS, type ComponentContext } from '../../schemas/content-components';
import type { Trust } from './safe-mdx';
import { headingProblems } from '../content-components/structure';
import { componentUses, type ComponentUse } from '../content-components/usage';
import { headingIdsOf, linksOf, type BodyLink } from '../content/body-links';
import type { ContentError, ContentWarning } from './errors';
import { checkMarkdown } from './markdown';
import { checkMdxContent } from './safe-mdx';
import { visit } from 'unist-util-visit';

/** Checks of one collection's trees beyond safe mode, each with its error code. */
const TREE_CHECKS: Partial<Record<string, { code: string; check: typeof headingProblems }>> = {
  snippets: { code: 'snippet-heading', check: headingProblems },
};

const ALT_HINT = 'say in a few words what the image shows, e.g. ![The invoice list filtered by client](/images/invoices.png); an image that adds nothing to the text is written <Figure src="…" decorative />';

/** Images a screen reader would announce as a file name: Markdown images and <img> without a description. */
function imagesWithoutAlt(tree: Root, file: string, lineOffset: number): ContentError[] {
  const errors: ContentError[] = [];
  visit(tree, (node) => {
    const at = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
    if (node.type === 'image' && !node.alt?.trim()) {
      errors.push({ code: 'image-without-alt', file, ...at, message: `the image ${node.url} has no description between its brackets`, hint: ALT_HINT });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const alt = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      // An alt written as an expression (full trust only) is the writer's own business.
      if (alt && typeof alt.value !== 'string' && alt.value !== null) return;
      if (!alt || !String(alt.value ?? '').trim()) {
        errors.push({ code: 'image-without-alt', file, ...at, message: '`<img>` has no description in alt="…"', hint: ALT_HINT.replace('e.g. ![The invoice list filtered by client](/images/invoices.png)', 'e.g. alt="The invoice list filtered by client"') });
      }
    }
  });
  return errors;
}

export interface BodyCheckOptions {
  /** The file, relative to the project root. */
  file: string;
  /** Lines before the tree's first line (the frontmatter), so that errors carry the file's own lines. */
  lineOffset: number;
  /** The collection the file belongs to, e.g. "articles". */
  collection: string;
  trust: Trust;
  componentContext: ComponentContext;
  /** The text the tree was parsed from, to place each link at its address. */
  source?: string;
}

export interface BodyCheck {
  errors: ContentError[];
  warnings: ContentWarning[];
  /** What the cross-file checks need from the tree: components used, links written, heading anchors. */
  uses: ComponentUse[];
  links: BodyLink[];
  headingIds: string[];
}

export function checkBody(tree: Root, options: BodyCheckOptions): BodyCheck {
  const { file, lineOffset } = options;
  const refused = checkMdxContent(tree, { file, lineOffset, trust: options.trust, components: CONTENT_COMPONENTS, componentContext: options.componentContext });
  const markdown = checkMarkdown(tree, file, lineOffset);
  const treeCheck = TREE_CHECKS[options.collection];
  const structure = (treeCheck ? treeCheck.check(tree) : []).map((p): ContentError => ({
    code: treeCheck!.code, file, line: (p.node?.position?.start.line ?? 1) + lineOffset, column: p.node?.position?.start.column ?? 1, message: p.message, hint: p.hint,
  }));
  return {
    errors: [...refused, ...markdown.errors, ...structure, ...imagesWithoutAlt(tree, file, lineOffset)], warnings: markdown.warnings,
    uses: componentUses(tree, lineOffset), links: linksOf(tree, lineOffset, options.source), headingIds: headingIdsOf(tree),
  };
}
