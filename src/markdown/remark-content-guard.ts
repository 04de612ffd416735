import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { projectRelative } from '../lib/content/paths';
import { checkMdxContent } from '../lib/checks/safe-mdx';
import { formatContentErrors } from '../lib/checks/errors';
import { CONTENT_COMPONENTS, type ComponentContext } from '../schemas/content-components';
import { contentFileOf, type ContentPipelineOptions } from './content-files';

/**
 * The first step of the Markdown pipeline for writers' files: the same safe-mode check as
 * `npm run check`, on the tree MDX is about to compile. The content check normally stops a build
 * before this runs; this one also guards `astro dev` (where the check only logs) and any way
 * of building that skips the check. A refused file fails to compile, so none of it ever runs.
 */
export function remarkContentGuard(options: ContentPipelineOptions & { componentContext: ComponentContext }) {
  return (tree: Root, file: VFile) => {
    const content = contentFileOf(file, options);
    if (!content) return;
    const errors = checkMdxContent(tree, {
      file: projectRelative(file.path),
      // Astro blanks the frontmatter out line for line, so positions are the file's own.
      lineOffset: 0,
      trust: content.trust,
      components: CONTENT_COMPONENTS,
      componentContext: options.componentContext,
    });
    if (errors.length) throw new Error(formatContentErrors(errors));
  };
}
