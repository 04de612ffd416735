import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ComponentContext } from '../schemas/content-components';
import type { ArticleData } from '../schemas/article';
import type { SiteSettings } from '../schemas/settings/site';
import { CHANNELS } from '../schemas/settings/support-hours';
import { IMAGES_DIR, sortContentFiles } from '../lib/content/content-files';
import { COLLECTION_TABLE } from '../lib/content/collections';
import { contentWarnings } from '../lib/checks/content-warnings';
import { asWarning, formatBuildWarnings, formatContentErrors, type ContentError, type ContentWarning } from '../lib/checks/errors';
import { checkKnowledgeBase, COLLECTIONS, parseCollection, redirectsOf, type KnowledgeBase, type ParseOptions, type ParsedEntry } from '../lib/checks/knowledge-base';
import { checkCommunity, COMMUNITY_COLLECTIONS, type CommunityContent } from '../lib/checks/community';
import { checkSnippets } from '../lib/checks/snippets';
import { checkSourceLinks, linkTargetsOf } from '../lib/checks/source-links';
import { dueForReview } from '../lib/knowledge-base/review';
import { projectRelative } from '../lib/content/paths';
import { gitDates } from './git-dates';
import { contentFilesOf, listContentFiles, listPublicFiles, readCollectionFiles, readTranslationFiles } from './read-content';
import { TRANSLATION_SPECS } from '../lib/content/collections';
import { checkTranslations, crossLanguageLinks, urlsOfLanguage, type ParsedTranslation } from '../lib/checks/translations';
import { linksOf } from '../lib/content/body-links';
import { interfaceLanguageWarnings } from '../lib/checks/interface-languages';
import { parseBody } from '../lib/checks/mdx-syntax';

/**
 * What components may name on this site: support-hours channels with hours, snippets, images
 * and public files. The lists are read when asked, so that the Markdown pipeline of `astro dev`
 * knows a snippet or an image added after it started; the content check takes one snapshot.
 */
export function componentContextOf(settings: SiteSettings, contentDir: string): ComponentContext {
  const inContent = (dir: string) => sortContentFiles(listContentFiles(path.join(contentDir, dir)).map((f) => `${dir}/${f}`), projectRelative(contentDir));
  return {
    channelsWithHours: CHANNELS.filter((c) => settings.supportHours[c]),
    contentRoot: projectRelative(contentDir),
    get snippets() {
      const spec = COLLECTION_TABLE.snippets;
      return inContent(spec.dir).byCollection.get(spec)!.map((f) => spec.idOf(f.slice(spec.dir.length + 1)));
    },
    get images() {
      return inContent(IMAGES_DIR).images;
    },
    get publicFiles() {
      return listPublicFiles();
    },
  };
}

/** What the checks need from the settings and the content folder: trust levels, and what components may name. */
export function parseOptionsFrom(settings: SiteSettings, contentDir: string): ParseOptions {
  return { trust: settings.content.trust, componentContext: componentContextOf(settings, contentDir) };
}

/** Every check of the writers' files: each file's own, then those across files, and the warnings. */
export function checkAll(options: { contentDir: string; settings?: SiteSettings }, files: ReturnType<typeof sortContentFiles>, live: ParseOptions, production: boolean) {
  // One reading of the folders for the whole check.
  const parseOptions: ParseOptions = { ...live, componentContext: { ...live.componentContext } };
  const errors: ContentError[] = [...files.errors];
  const warnings: ContentWarning[] = [];
  const parse = (spec: (typeof COLLECTIONS)[keyof typeof COLLECTIONS] | (typeof COMMUNITY_COLLECTIONS)[keyof typeof COMMUNITY_COLLECTIONS] | typeof COLLECTION_TABLE.snippets) => {
    const parsed = parseCollection(spec, readCollectionFiles(options.contentDir, spec, files.byCollection.get(spec)), parseOptions);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
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
  const snippetEntries = parse(COLLECTION_TABLE.snippets);
  const snippets = checkSnippets(snippetEntries, [...kb.articles, ...community.faqs, ...community.questions, ...community.answers]);
  errors.push(...snippets.errors);
  const onlyPublished = <T extends { data: Record<string, unknown> }>(entries: readonly T[]) => entries.filter((e) => !(production && e.data.draft));
  const targets = linkTargetsOf(kb, community, { production, contentRoot, publicFiles: parseOptions.componentContext.publicFiles, snippets: snippetEntries });
  errors.push(...checkSourceLinks({ articles: onlyPublished(kb.articles), faqs: onlyPublished(community.faqs), questions: community.questions, answers: community.answers, snippets: snippetEntries }, targets, contentRoot));
  warnings.push(...snippets.warnings, ...contentWarnings(kb, community, { contentRoot, production }));
  if (options.settings) warnings.push(...interfaceLanguageWarnings(options.settings, `${contentRoot}/settings.yaml`).map(asWarning));
  const translated = checkAllTranslations(options.contentDir, files, parseOptions, { kb, community, contentRoot });
  errors.push(...translated.errors);
  warnings.push(...translated.warnings);
  return { kb, community, errors, warnings: warnings.map(asWarning) };
}

/** Translations: parsed like their originals, then checked against them (src/lib/checks/translations.ts). */
function checkAllTranslations(contentDir: string, files: ReturnType<typeof sortContentFiles>, parseOptions: ParseOptions, site: { kb: KnowledgeBase; community: CommunityContent; contentRoot: string }) {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const parsed: ParsedTranslation[] = [];
  for (const spec of TRANSLATION_SPECS) {
    const byLocale = new Map<string, { file: string; locale: string }[]>();
    for (const f of files.translations.get(spec) ?? []) byLocale.set(f.locale, [...(byLocale.get(f.locale) ?? []), f]);
    for (const [locale, list] of byLocale) {
      const result = parseCollection(spec, readTranslationFiles(contentDir, spec, list), parseOptions);
      errors.push(...result.errors);
      warnings.push(...result.warnings.map(asWarning));
      parsed.push(...result.entries.map((entry) => ({ spec, locale, entry })));
    }
  }
  if (!parsed.length) return { errors, warnings };
  const { kb, community } = site;
  const byId = (entries: readonly ParsedEntry[]) => new Map(entries.map((e) => [e.slug, e]));
  const originals = new Map<string, Map<string, ParsedEntry>>([
    ['categories', byId(kb.categories)], ['sections', byId(kb.sections)], ['authors', byId(kb.authors)], ['articles', byId(kb.articles)],
    ['faqs', byId(community.faqs)], ['topics', byId(community.topics)], ['questions', byId(community.questions)], ['answers', byId(community.answers)],
  ]);
  const git = gitDates(contentDir).dates;
  const changedAt = (e: ParsedEntry) => (e.data.updated instanceof Date ? e.data.updated : git.get(e.file) ?? (e.data.created instanceof Date ? e.data.created : undefined));
  const checked = checkTranslations(parsed, originals, { contentRoot: site.contentRoot, changedAt });
  errors.push(...checked.errors);
  warnings.push(...checked.warnings);
  const translatedIds = new Set(parsed.map((t) => `${t.locale}\u0000${t.spec.original}\u0000${t.entry.slug}`));
  for (const t of parsed.filter((p) => p.spec.kind === 'mdx')) {
    const links = t.entry.links ?? linksOf(parseBody(t.entry.body), t.entry.bodyFirstLine, t.entry.body);
    errors.push(...crossLanguageLinks(t, links, (original, id) => translatedIds.has(`${t.locale}\u0000${original}\u0000${id}`), urlsOfLanguage(t.locale, parsed)));
  }
  return { errors, warnings };
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
 * slugs, loops, redirect clashes, snippets. All problems are reported at once with
 * file:line:column and a fix; in a build, any problem stops it before a single file is
 * compiled. It also turns `redirectFrom` into redirects.
 */
export function contentCheck(options: { contentDir: string; settings: SiteSettings; onChecked?: (kb: KnowledgeBase, community: CommunityContent) => void }): AstroIntegration {
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const production = command === 'build';
        const started = performance.now();
        const files = contentFilesOf(options.contentDir, options.settings);
        const live = parseOptionsFrom(options.settings, options.contentDir);
        // A build leaves MDX bodies to the Markdown pipeline, which parses each file anyway; when
        // something else is wrong already, the bodies are checked here too, to report everything at once.
        let result = checkAll(options, files, { ...live, checkBodies: !production }, production);
        if (production && result.errors.length) result = checkAll(options, files, live, production);
        const { kb, community, errors, warnings } = result;
        // Warnings never stop a build; they come first so that errors end the report.
        if (warnings.length) logger.warn(formatBuildWarnings(warnings));
        if (errors.length) {
          const report = formatContentErrors(errors);
          if (production) throw new Error(report);
          // In `astro dev` the server keeps running while the writer fixes things; the Markdown
          // pipeline refuses the same unsafe files on its own, so nothing of them runs meanwhile.
          logger.error(report);
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
