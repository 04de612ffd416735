import type { AstroIntegration } from 'astro';
import { formatContentErrors, type ContentError } from '../lib/content-errors';
import { checkKnowledgeBase, COLLECTIONS, parseCollection, redirectsOf, type KnowledgeBase } from '../lib/validate-content';
import { checkCommunity, COMMUNITY_COLLECTIONS, type CommunityContent } from '../lib/validate-community';
import { projectRelative } from '../config/paths';
import { readCollectionFiles } from './read-content';

/**
 * Reads every writer's file before Astro does and checks what the content layer cannot:
 * references between files, duplicate slugs, loops, redirect clashes. All problems are
 * reported at once with file:line and a fix. It also turns `redirectFrom` into redirects.
 */
export function contentCheck(options: { contentDir: string; onChecked?: (kb: KnowledgeBase, community: CommunityContent) => void }): AstroIntegration {
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const production = command === 'build';
        const errors: ContentError[] = [];
        const kb = {} as KnowledgeBase;
        for (const spec of Object.values(COLLECTIONS)) {
          const parsed = parseCollection(spec, readCollectionFiles(options.contentDir, spec));
          kb[spec.name as keyof KnowledgeBase] = parsed.entries;
          errors.push(...parsed.errors);
        }
        errors.push(...checkKnowledgeBase(kb, { production }));
        const community = {} as CommunityContent;
        for (const spec of Object.values(COMMUNITY_COLLECTIONS)) {
          const parsed = parseCollection(spec, readCollectionFiles(options.contentDir, spec));
          community[spec.name as keyof CommunityContent] = parsed.entries;
          errors.push(...parsed.errors);
        }
        const published = kb.articles.filter((a) => !(production && a.data.draft));
        errors.push(...checkCommunity(community, { ...kb, articles: published }, { contentRoot: projectRelative(options.contentDir), production }));
        if (errors.length) {
          const report = formatContentErrors(errors);
          if (production) throw new Error(report);
          logger.error(report);
        }
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
