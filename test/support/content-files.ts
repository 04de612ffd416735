import { COLLECTIONS, parseCollection } from '../../src/lib/checks/knowledge-base';
import { parseOptionsFrom } from '../../src/integrations/content-check';
import { readCollectionFiles } from '../../src/integrations/read-content';
import { loadSettings } from '../../src/lib/content/settings';
import { ROOT } from './sites';

/** The articles of a content folder as the writer sees them: slug, draft flag, dates, section. */
export function articlesOf(contentDir: string) {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const { entries, errors } = parseCollection(COLLECTIONS.articles, readCollectionFiles(contentDir, COLLECTIONS.articles), parseOptionsFrom(loadSettings(contentDir), contentDir));
    if (errors.length) throw new Error(`content of ${contentDir} has errors: ${errors.map((e) => e.message).join('; ')}`);
    return entries.map((e) => ({
      slug: e.slug,
      file: e.file,
      draft: Boolean(e.data.draft),
      created: e.data.created as Date,
      updated: e.data.updated as Date | undefined,
      title: e.data.title as string,
    }));
  } finally {
    process.chdir(cwd);
  }
}
