import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/settings/site';
import { urls } from '../lib/site/urls';
import { contentCheck } from './content-check';
import { linkCheck } from './link-check';

/** The help center's build steps, sharing what the content check learned with the checks after the build. */
export function helpCenterBuildSteps(options: { contentDir: string; settings: SiteSettings }) {
  const sourceByPage = new Map<string, string>();
  return {
    /** Runs first: nothing is built from content that fails its checks. */
    before: contentCheck({
      contentDir: options.contentDir,
      settings: options.settings,
      onChecked: (kb, community) => {
        for (const a of kb.articles) sourceByPage.set(urls.article(a.slug), a.file);
        // A question page shows its answers too; links in answers are checked at their own line before the build.
        for (const f of community.faqs) sourceByPage.set(urls.faq(f.slug), f.file);
        for (const q of community.questions) sourceByPage.set(urls.question(q.slug), q.file);
      },
    }),
    /** Runs last, once every other integration has written its files. */
    after: linkCheck({ sourceOfPage: (page) => sourceByPage.get(page) }),
  } satisfies Record<string, AstroIntegration>;
}
