import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatContentErrors, type ContentError } from '../lib/checks/errors';
import { internalTargets, isMalformed, isReachable, positionOfTarget } from '../lib/checks/built-links';

/** Paths that are produced after this check runs (by the search indexer), so they are not checked. */
const GENERATED_LATER = ['/pagefind/'];

/**
 * After the build, every internal link and image of every page must reach a built file.
 * A broken link written in a writer's file is reported at that file's line; one made by a
 * template is reported with the page it was found on.
 */
export function linkCheck(options: { sourceOfPage: (urlPath: string) => string | undefined }): AstroIntegration {
  return {
    name: 'help-center:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => `/${f.split(path.sep).join('/')}`);
        const built = new Set(files);
        const errors: ContentError[] = [];
        /** Template links broken on many pages are reported once, with the pages counted. */
        const templateBreaks = new Map<string, string[]>();
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const html = fs.readFileSync(path.join(root, file), 'utf8');
          const page = file.replace(/index\.html$/, '');
          const broken = internalTargets(html).filter(
            (t) => !GENERATED_LATER.some((p) => t.startsWith(p)) && !isReachable(t, built),
          );
          if (!broken.length) continue;
          const source = options.sourceOfPage(page);
          const sourceText = source && fs.existsSync(source) ? fs.readFileSync(source, 'utf8') : undefined;
          for (const target of broken) {
            const at = sourceText ? positionOfTarget(sourceText, target) : undefined;
            if (at) {
              errors.push(isMalformed(target)
                ? {
                  code: 'malformed-link', file: source!, ...at,
                  message: `the link ${target} is not a valid address: "%" must be followed by two hexadecimal digits`,
                  hint: 'write the page\'s address as it appears in the address bar, e.g. /articles/refunds/; a literal "%" is written %25',
                }
                : {
                  code: 'broken-link', file: source!, ...at,
                  message: `the link ${target} leads to no page of the site`,
                  hint: 'correct the address (articles live at /articles/<file name>/), or publish the page it points to',
                });
            } else {
              templateBreaks.set(target, [...(templateBreaks.get(target) ?? []), page]);
            }
          }
        }
        for (const [target, pages] of templateBreaks) {
          errors.push({
            code: 'broken-link', file: `page ${pages[0]}`,
            message: `links to ${target}, which was not built${pages.length > 1 ? ` (and so do ${pages.length - 1} other pages)` : ''}`,
            hint: 'a template or a setting produces this link: fix the component, or the setting that names it',
          });
        }
        if (errors.length) throw new Error(formatContentErrors(errors));
        logger.info(`checked internal links of ${files.filter((f) => f.endsWith('.html')).length} pages`);
      },
    },
  };
}
