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
import type { ContentError, ContentWarning } from './errors';
import { checkMarkdown } from './markdown';
import { checkMdxContent } from './safe-mdx';

/** Checks of one collection's trees beyond safe mode, each with its error code. */
const TREE_CHECKS: Partial<Record<string, { code: string; check: typeof headingProblems }>> = {
  snippets: { code: 'snippet-heading', check: headingProblems },
};

export interface BodyCheckOptions {
  /** The file, relative to the project root. */
  file: string;
  /** Lines before the tree's first line (the frontmatter), so that errors carry the file's own lines. */
  lineOffset: number;
  /** The collection the file belongs to, e.g. "articles". */
  collection: string;
  trust: Trust;
  componentContext: ComponentContext;
}

export function checkBody(tree: Root, options: BodyCheckOptions): { errors: ContentError[]; warnings: ContentWarning[]; uses: ComponentUse[] } {
  const { file, lineOffset } = options;
  const refused = checkMdxContent(tree, { file, lineOffset, trust: options.trust, components: CONTENT_COMPONENTS, componentContext: options.componentContext });
  const markdown = checkMarkdown(tree, file, lineOffset);
  const treeCheck = TREE_CHECKS[options.collection];
  const structure = (treeCheck ? treeCheck.check(tree) : []).map((p): ContentError => ({
    code: treeCheck!.code, file, line: (p.node?.position?.start.line ?? 1) + lineOffset, column: p.node?.position?.start.column ?? 1, message: p.message, hint: p.hint,
  }));
  return { errors: [...refused, ...markdown.errors, ...structure], warnings: markdown.warnings, uses: componentUses(tree, lineOffset) };
}
