/**
 * `npm run stale`: every article due for review, grouped by the person who keeps it (its
 * `owner`, else its author), with its address and file. An article is due on its `reviewBy`
 * date, or, with `review.intervalDays` in settings.yaml, that long after it last changed
 * (its `reviewed` or `updated` date, else its file's last commit, else `created`).
 */
import { articlesDue, checkAll, parseOptionsFrom } from '../integrations/content-check';
import { contentFilesOf } from '../integrations/read-content';
import { contentDir, projectRelative } from '../lib/content/paths';
import { loadSettings } from '../lib/content/settings';
import { absoluteUrl, urls } from '../lib/site/urls';

export async function main(): Promise<number> {
  const settings = loadSettings(contentDir());
  const files = contentFilesOf(contentDir(), settings);
  const { kb } = checkAll({ contentDir: contentDir() }, files, { ...parseOptionsFrom(settings, contentDir()), checkBodies: false }, true);
  const { due, dateSource } = articlesDue(kb, settings, contentDir());
  const names = new Map(kb.authors.map((a) => [a.slug, String(a.data.name)]));
  if (dateSource !== 'git') console.log(`(No commit dates: ${dateSource}. Last changes come from the files' reviewed, updated and created dates.)`);
  if (!due.length) {
    console.log('No article is due for review.');
    return 0;
  }
  let owner = '';
  for (const item of due) {
    if (item.owner !== owner) {
      owner = item.owner;
      console.log(`\n${names.get(owner) ?? owner} (${owner})`);
    }
    console.log(`  ${String(item.article.data.title)}\n    ${absoluteUrl(urls.article(item.article.slug), settings.baseUrl)}\n    ${item.article.file}: ${item.reason}`);
  }
  console.log(`\n${due.length} article${due.length === 1 ? ' is' : 's are'} due for review.`);
  return 0;
}
