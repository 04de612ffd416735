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
import { closeMatches } from '../lib/text/close-matches';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

/** The file names (without extension) of a folder's files, its sub-folders' too. */
function namesIn(folder: string, extensions: readonly string[]): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && extensions.includes(path.extname(d.name)))
    .map((d) => path.basename(d.name, path.extname(d.name)));
}

/** Why a named section, author, topic or question cannot be used: it is not there. */
function unknown(what: string, value: string, folder: string, extensions: readonly string[]): string | undefined {
  const names = namesIn(folder, extensions);
  if (names.includes(value)) return undefined;
  const close = closeMatches(value, names);
  const listed = close.length ? `did you mean ${close.join(' or ')}?` : names.length ? `the ${what}s there: ${names.sort().slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}` : `there is none yet`;
  return `There is no ${what} "${value}" in ${projectRelative(folder)}/: use the file name of one, without its extension (${listed})`;
}

export async function main(args: string[]): Promise<number> {
  const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const [kind, title] = positional as [string | undefined, string | undefined];
  if (!kind || !KINDS.includes(kind as Kind) || !title) {
    console.error(`usage: npm run new -- <${KINDS.join('|')}> "Title" [--section <section>] [--author <author>] [--topic <topic>] [--question <question>]`);
    return 2;
  }
  const root = contentDir();
  const yaml = ['.yaml', '.yml'];
  const named: [string, string | undefined, string, readonly string[]][] = [
    ['section', option(args, 'section'), path.join(root, 'sections'), yaml],
    ['author', option(args, 'author'), path.join(root, 'authors'), yaml],
    ['topic', option(args, 'topic'), path.join(root, 'community', 'topics'), yaml],
    ['question', option(args, 'question'), path.join(root, 'community', 'questions'), ['.mdx']],
  ];
  const problems = named.flatMap(([what, value, folder, extensions]) => (value === undefined ? [] : [unknown(what, value, folder, extensions)]).filter((p): p is string => !!p));
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    return 1;
  }
  const sectionSlug = option(args, 'section');
  let section: { slug: string; category: string } | undefined;
  if (sectionSlug) {
    const file = yaml.map((ext) => path.join(root, 'sections', `${sectionSlug}${ext}`)).find((f) => fs.existsSync(f))!;
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
  console.log(`Wrote ${file.path}${file.url ? `\nIt will be published at ${file.url}` : ''}\nWrite its text${kind === 'article' || kind === 'faq' ? ' and description' : ''}, then run \`npm run check\`.`);
  return 0;
}
