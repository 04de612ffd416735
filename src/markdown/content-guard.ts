import type { AstroIntegration } from 'astro';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { checkBody } from '../lib/checks/body-checks';
import { syntaxError } from '../lib/checks/mdx-syntax';
import { formatBuildWarnings, formatContentErrors, type ContentError, type ContentWarning } from '../lib/checks/errors';
import { projectRelative } from '../lib/content/paths';
import type { ComponentContext } from '../schemas/content-components';
import { contentFileOf, type ContentPipelineOptions } from './content-files';

/**
 * Safe mode inside the Markdown pipeline, where every writer's file is parsed anyway: its syntax,
 * what safe mode refuses and the body checks (src/lib/checks/body-checks.ts) run on the tree MDX
 * is about to compile, so a build parses each file once. A refused file never compiles: its tree is emptied before any of it becomes
 * code, so nothing of it can run.
 *
 * In `astro build` the problems of every file are collected and the build fails with all of them
 * at once when bundling ends, before any page is rendered. In `astro dev` a refused file fails at
 * once (the error overlay names it), and the content check has listed every problem already.
 */
export function contentGuard(options: ContentPipelineOptions & { componentContext: ComponentContext }) {
  const found: ContentError[] = [];
  const warned: ContentWarning[] = [];
  let collect = false;

  const refuse = (errors: ContentError[]) => {
    if (!collect) throw new Error(formatContentErrors(errors));
    found.push(...errors);
  };

  /** The remark plugin: wraps the parser (to catch syntax errors) and checks the tree. */
  function remarkContentGuard(this: Processor) {
    const parse = this.parser as ((doc: string, file: VFile) => Root) | undefined;
    if (parse) {
      this.parser = ((doc: string, file: VFile) => {
        if (!contentFileOf(file, options)) return parse(doc, file);
        try {
          return parse(doc, file);
        } catch (error) {
          // Astro blanks the frontmatter out line for line, so the parser's positions are the file's own.
          refuse([syntaxError(projectRelative(file.path), error, 0)]);
          return { type: 'root', children: [] } satisfies Root;
        }
      }) as typeof this.parser;
    }
    return (tree: Root, file: VFile) => {
      const content = contentFileOf(file, options);
      if (!content) return;
      const { errors, warnings } = checkBody(tree, {
        file: projectRelative(file.path),
        lineOffset: 0,
        collection: content.spec.name,
        trust: content.trust,
        componentContext: options.componentContext,
      });
      // In dev the content check has listed these warnings already; a build hears of them here.
      if (collect) warned.push(...warnings);
      if (!errors.length) return;
      refuse(errors);
      tree.children = [];
    };
  }

  /** Collects in builds, reports what it found when bundling ends, before any page renders. */
  const integration: AstroIntegration = {
    name: 'help-center:content-guard',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        collect = command === 'build';
        updateConfig({
          vite: {
            plugins: [{
              name: 'help-center:content-guard',
              buildEnd() {
                if (warned.length) logger.warn(formatBuildWarnings(warned.splice(0)));
                if (found.length) throw new Error(formatContentErrors(found.splice(0)));
              },
            }],
          },
        });
      },
    },
  };

  return { remarkContentGuard, integration };
}
