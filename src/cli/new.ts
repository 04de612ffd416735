/**
 * `npm run new -- <article|faq|question|answer|snippet> "Title" [--section s] [--author a]
 * [--topic t] [--question q]`: writes a new file with frontmatter that passes the checks,
 * refuses to overwrite one, and says where it is and which address it will have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir, projectRelative } from '../lib/content/paths';
import { KINDS, scaffold, type Kind } from '../lib/content/scaffold';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

export async function main(args: string[]): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const [kind, title] = positional as [string | undefined, string | undefined];
  if (!kind || !KINDS.includes(kind as Kind) || !title) {
    console.error(`usage: npm run new -- <${KINDS.join('|')}> "Title" [--section <section>] [--author <author>] [--topic <topic>] [--question <question>]`);
    return 2;
  }
  const root = contentDir();
  const sectionSlug = option(args, 'section');
  let section: { slug: string; category: string } | undefined;
  if (sectionSlug) {
    const file = ['yaml', 'yml'].map((ext) => path.join(root, 'sections', `${sectionSlug}.${ext}`)).find((f) => fs.existsSync(f));
    if (!file) {
      console.error(`There is no section "${sectionSlug}" in ${projectRelative(path.join(root, 'sections'))}/: use the file name of one, without .yaml`);
      return 1;
    }
    section = { slug: sectionSlug, category: String((parse(fs.readFileSync(file, 'utf8')) as { category?: string }).category ?? sectionSlug) };
  }
  const file = scaffold({
    kind: kind as Kind, title, today: new Date(), contentRoot: projectRelative(root), section,
    author: option(args, 'author'), topic: option(args, 'topic'), question: option(args, 'question'),
  });
  if ('missing' in file) {
    console.error(file.missing);
    return 2;
  }
  if (fs.existsSync(file.path)) {
    console.error(`${file.path} exists already: choose another title, or edit that file`);
    return 1;
  }
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  fs.writeFileSync(file.path, file.content, { flag: 'wx' });
  console.log(`Wrote ${file.path}${file.url ? `\nIt will be published at ${file.url}` : ''}\nFill in its description and text, then run \`npm run check\`.`);
  return 0;
}
