import { parseOptionsFrom } from '../../src/integrations/content-check';
import { readCollectionFiles } from '../../src/integrations/read-content';
import { loadSettings } from '../../src/lib/content/settings';
import { COLLECTIONS, parseCollection, type ParsedEntry } from '../../src/lib/checks/knowledge-base';
import { COMMUNITY_COLLECTIONS } from '../../src/lib/checks/community';
import { ROOT } from './sites';

/** The FAQ pages, topics, questions, answers and authors of a content folder, as the writer wrote them. */
export function communityOf(contentDir: string) {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    // What components may name here (snippets, images, public files) is read from the folder, as the build reads it.
    const options = parseOptionsFrom(loadSettings(contentDir), contentDir);
    const read = (spec: (typeof COMMUNITY_COLLECTIONS)[keyof typeof COMMUNITY_COLLECTIONS] | typeof COLLECTIONS.authors): ParsedEntry[] => {
      const { entries, errors } = parseCollection(spec, readCollectionFiles(contentDir, spec), options);
      if (errors.length) throw new Error(`content of ${contentDir} has errors: ${errors.map((e) => e.message).join('; ')}`);
      return entries;
    };
    const answers = read(COMMUNITY_COLLECTIONS.answers).map((a) => ({ ...a, id: a.slug }));
    return {
      faqs: read(COMMUNITY_COLLECTIONS.faqs),
      topics: read(COMMUNITY_COLLECTIONS.topics),
      questions: read(COMMUNITY_COLLECTIONS.questions),
      answers,
      staff: new Set(read(COLLECTIONS.authors).filter((a) => a.data.staff).map((a) => a.slug)),
    };
  } finally {
    process.chdir(cwd);
  }
}
