import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatContentErrors, type ContentError } from '../lib/checks/errors';
import { fragmentOf, idsOf, internalLinksOf, isMalformed, isReachable, positionOfTarget, type InternalLink } from '../lib/checks/built-links';

/** Paths that are produced after this check runs (by the search indexer), so they are not checked. */
const GENERATED_LATER = ['/pagefind/'];

/** The built page a path is served from: "/articles/x/" → "/articles/x/index.html". */
const pageFileOf = (pathOnly: string) => (pathOnly.endsWith('/') ? `${pathOnly}index.html` : pathOnly);

/** What is wrong with a link, in a writer's words, or undefined when it reaches its page (and its heading). */
function problemOf(link: InternalLink, built: ReadonlySet<string>, idsByPage: ReadonlyMap<string, Set<string>>): Omit<ContentError, 'file'> | undefined {
  const target = link.written;
  if (GENERATED_LATER.some((p) => link.resolved.startsWith(p))) return undefined;
  if (isMalformed(link.resolved)) {
    return {
      code: 'malformed-link',
      message: `the link ${target} is not a valid address: "%" must be followed by two hexadecimal digits`,
      hint: 'write the page\'s address as it appears in the address bar, e.g. /articles/refunds/; a literal "%" is written %25',
    };
  }
  if (!isReachable(link.resolved, built)) {
    if (/\.mdx(?:[#?]|$)/.test(target)) {
      return {
        code: 'broken-file-link',
        message: `the link ${target} names no content file`,
        hint: 'link to another file by its path from this one, e.g. ../billing/refunds.mdx, or by its page address, e.g. /articles/refunds/',
      };
    }
    return {
      code: 'broken-link',
      message: `the link ${target}${target !== link.resolved ? ` (${link.resolved.split(/[?#]/)[0]})` : ''} leads to no page of the site`,
      hint: 'correct the address (articles live at /articles/<file name>/), or publish the page it points to; a relative link counts from the page\'s own address',
    };
  }
  const fragment = fragmentOf(link.resolved);
  const ids = idsByPage.get(pageFileOf(decodeURI(link.resolved.split(/[?#]/)[0]!)));
  if (fragment && ids && !ids.has(fragment)) {
    const close = [...ids].filter((id) => id.includes(fragment) || fragment.includes(id)).slice(0, 3);
    return {
      code: 'broken-anchor',
      message: `the link ${target} names no heading or answer of ${link.resolved.split('#')[0]}`,
      hint: `a heading's anchor is made from its words, e.g. "## Set up billing" → #set-up-billing${close.length ? `; close: ${close.map((c) => `#${c}`).join(', ')}` : ''}`,
    };
  }
  return undefined;
}

/**
 * After the build, every link and image of every page must reach a built file, and a link to
 * #a-heading must name a heading (or FAQ answer) that page has. Relative links are resolved
 * against their page, as a browser would. A broken link written in a writer's file is reported
 * at that file's line; one made by a template is reported with the page it was found on.
 */
export function linkCheck(options: { sourceOfPage: (urlPath: string) => string | undefined }): AstroIntegration {
  return {
    name: 'help-center:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => `/${f.split(path.sep).join('/')}`);
        const built = new Set(files);
        const pages = files.filter((f) => f.endsWith('.html'));
        // One read of each page: its links, and the ids other pages' links may name.
        const linksByPage = new Map<string, InternalLink[]>();
        const idsByPage = new Map<string, Set<string>>();
        for (const file of pages) {
          const html = fs.readFileSync(path.join(root, file), 'utf8');
          linksByPage.set(file, internalLinksOf(html, file.replace(/index\.html$/, '')));
          idsByPage.set(file, idsOf(html));
        }
        const errors: ContentError[] = [];
        /** Template links broken on many pages are reported once, with the pages counted. */
        const templateBreaks = new Map<string, string[]>();
        for (const [file, links] of linksByPage) {
          const page = file.replace(/index\.html$/, '');
          const broken = links.flatMap((link) => {
            const problem = problemOf(link, built, idsByPage);
            return problem ? [{ link, problem }] : [];
          });
          if (!broken.length) continue;
          const source = options.sourceOfPage(page);
          const sourceText = source && fs.existsSync(source) ? fs.readFileSync(source, 'utf8') : undefined;
          for (const { link, problem } of broken) {
            const at = sourceText ? positionOfTarget(sourceText, link.written) : undefined;
            if (at) errors.push({ ...problem, file: source!, ...at });
            else templateBreaks.set(link.written, [...(templateBreaks.get(link.written) ?? []), page]);
          }
        }
        for (const [target, pagesWithIt] of templateBreaks) {
          errors.push({
            code: 'broken-link', file: `page ${pagesWithIt[0]}`,
            message: `links to ${target}, which was not built${pagesWithIt.length > 1 ? ` (and so do ${pagesWithIt.length - 1} other pages)` : ''}`,
            hint: 'a template or a setting produces this link: fix the component, or the setting that names it',
          });
        }
        if (errors.length) throw new Error(formatContentErrors(errors));
        logger.info(`checked the links of ${pages.length} pages`);
      },
    },
  };
}
