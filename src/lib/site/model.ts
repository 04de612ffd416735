import type { AuthorInfo, Community } from '../community/model';
import type { FaqPageEntry } from '../faq/model';
import type { HelpCenter } from '../knowledge-base/model';
import type { SiteLocale } from '../i18n/locales';
import type { Areas } from './navigation';
import type { Urls } from './urls';

/**
 * Everything the pages are made from, built once per build from the content layer
 * (src/data/site-model.ts) and handed to every page-data function: no page regroups the
 * knowledge base or the community for itself.
 */
export interface SiteModel {
  helpCenter: HelpCenter;
  community: Community;
  /** Published FAQ pages, in index order. */
  faqs: FaqPageEntry[];
  authors: ReadonlyMap<string, AuthorInfo>;
  /** Which optional areas have pages: the navigation links only to those. */
  areas: Areas;
  /** The content folder relative to the repository root, e.g. "content": where new files go. */
  contentRoot: string;
  /** When this build started: new files are dated with it, upcoming closures counted from it. */
  builtAt: Date;
  /** The language of this model: every entry's words are in it, or in the default language where a translation is missing. */
  locale: SiteLocale;
  /** Addresses in this language. */
  urls: Urls;
  languages: Languages;
}

/** Every language of the site, and which pages each has in its own words. */
export interface Languages {
  locales: readonly SiteLocale[];
  /** By language: the ids of the articles, FAQ pages and questions translated into it. */
  translated: ReadonlyMap<string, { article: ReadonlySet<string>; faq: ReadonlySet<string>; question: ReadonlySet<string> }>;
}
