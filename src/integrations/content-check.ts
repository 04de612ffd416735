import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/settings/site';
import { CHANNELS } from '../schemas/settings/support-hours';
import { sortContentFiles } from '../lib/content/content-files';
import { contentWarnings } from '../lib/checks/content-warnings';
import { formatContentErrors, formatContentWarnings, type ContentError } from '../lib/checks/errors';
import { dueForReview } from '../lib/knowledge-base/review';
import type { ArticleData } from '../schemas/article';
import { gitDates } from './git-dates';
import { checkKnowledgeBase, COLLECTIONS, parseCollection, redirectsOf, type KnowledgeBase, type ParseOptions } from '../lib/checks/knowledge-base';
import { checkCommunity, COMMUNITY_COLLECTIONS, type CommunityContent } from '../lib/checks/community';
import { projectRelative } from '../lib/content/paths';
import { listContentFiles, readCollectionFiles } from './read-content';

/** What the checks need from the settings: trust levels, and which support-hours channels components may name. */
export function parseOptionsFrom(settings: SiteSettings): ParseOptions {
  return {
    trust: settings.content.trust,
    componentContext: { channelsWithHours: CHANNELS.filter((c) => settings.supportHours[c]) },
  };
}

/** Every check of the writers' files: each file's own, then those across files, and the warnings. */
export function checkAll(options: { contentDir: string }, files: ReturnType<typeof sortContentFiles>, parseOptions: ParseOptions, production: boolean) {
  const errors: ContentError[] = [...files.errors];
  const parse = (spec: (typeof COLLECTIONS)[keyof typeof COLLECTIONS] | (typeof COMMUNITY_COLLECTIONS)[keyof typeof COMMUNITY_COLLECTIONS]) => {
    const parsed = parseCollection(spec, readCollectionFiles(options.contentDir, spec, files.byCollection.get(spec)), parseOptions);
    errors.push(...parsed.errors);
    return parsed.entries;
  };
  const kb: KnowledgeBase = {
    categories: parse(COLLECTIONS.categories),
    sections: parse(COLLECTIONS.sections),
    authors: parse(COLLECTIONS.authors),
    articles: parse(COLLECTIONS.articles),
  };
  errors.push(...checkKnowledgeBase(kb, { production }));
  const community: CommunityContent = {
    faqs: parse(COMMUNITY_COLLECTIONS.faqs),
    topics: parse(COMMUNITY_COLLECTIONS.topics),
    questions: parse(COMMUNITY_COLLECTIONS.questions),
    answers: parse(COMMUNITY_COLLECTIONS.answers),
  };
  const published = kb.articles.filter((a) => !(production && a.data.draft));
  const contentRoot = projectRelative(options.contentDir);
  errors.push(...checkCommunity(community, { ...kb, articles: published }, { contentRoot, production }));
  return { kb, community, errors, warnings: contentWarnings(kb, community, { contentRoot, production }) };
}

/** The articles due for review, by the settings' interval and each file's last commit (one git call). */
export function articlesDue(kb: KnowledgeBase, settings: SiteSettings, contentDir: string, today = new Date()) {
  const git = gitDates(contentDir);
  const articles = kb.articles.map((a) => ({ slug: a.slug, file: a.file, data: a.data as ArticleData }));
  return { due: dueForReview(articles, { today, intervalDays: settings.review.intervalDays, committedAt: (file) => git.dates.get(file) }), dateSource: git.source };
}

/**
 * Reads every writer's file before Astro does and checks what the content layer cannot:
 * files no collection would read, safe-mode refusals, references between files, duplicate
 * slugs, loops, redirect clashes. All problems are reported at once with file:line:column and
 * a fix; in a build, any problem stops it before a single file is compiled. It also turns
 * `redirectFrom` into redirects.
 */
export function contentCheck(options: { contentDir: string; settings: SiteSettings; onChecked?: (kb: KnowledgeBase, community: CommunityContent) => void }): AstroIntegration {
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const production = command === 'build';
        const started = performance.now();
        const files = sortContentFiles(listContentFiles(options.contentDir), projectRelative(options.contentDir));
        // A build leaves MDX bodies to the Markdown pipeline, which parses each file anyway; when
        // something else is wrong already, the bodies are checked here too, to report everything at once.
        let result = checkAll(options, files, { ...parseOptionsFrom(options.settings), checkBodies: !production }, production);
        if (production && result.errors.length) result = checkAll(options, files, parseOptionsFrom(options.settings), production);
        const { kb, community, errors, warnings } = result;
        if (errors.length) {
          const report = formatContentErrors(errors);
          if (production) throw new Error(report);
          // In `astro dev` the server keeps running while the writer fixes things; the Markdown
          // pipeline refuses the same unsafe files on its own, so nothing of them runs meanwhile.
          logger.error(report);
        }
        // A build says how many there are; `npm run check` and `astro dev` list them.
        if (warnings.length) {
          if (production) logger.warn(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} in content/ (the site builds; \`npm run check\` lists them)`);
          else logger.warn(formatContentWarnings(warnings));
        }
        const { due } = articlesDue(kb, options.settings, options.contentDir);
        if (due.length) logger.info(`${due.length} article${due.length === 1 ? ' is' : 's are'} due for review: \`npm run stale\` lists them by owner`);
        const checked = [...files.byCollection.values()].reduce((n, list) => n + list.length, 0);
        logger.info(`checked ${checked} content files in ${Math.round(performance.now() - started)} ms`);
        options.onChecked?.(kb, community);
        updateConfig({
          redirects: redirectsOf(kb.articles, { production }),
          // Drafts follow the command, not NODE_ENV (which test runners set to "test").
          vite: { define: { 'import.meta.env.HELP_CENTER_SHOW_DRAFTS': JSON.stringify(!production) } },
        });
      },
    },
  };
}
