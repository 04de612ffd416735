/**
 * Writes a synthetic help center of N articles for the benchmarks, valid for the project's
 * schemas (src/schemas/): 8 categories × 6 sections, N articles of 600–900 words, one FAQ page
 * per section, and one community question with two answers per 10 articles. Deterministic: the
 * same N gives byte-identical files, so figures compare across runs and machines.
 *
 *   npx node bench/corpus/generate.ts 2000        (writes bench/.corpus/2000/)
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleBody, type LinkTarget } from './article.ts';
import { answerBody, faqBody, questionBody, questionTitle } from './community.ts';
import { capitalise, countWords, slugify, Text, VERBS } from './text.ts';

const CATEGORIES = ['Getting started', 'Time tracking', 'Invoicing', 'Payments', 'Projects and clients', 'Reports', 'Integrations', 'Account and security'];
const SECTION_KINDS = ['Basics', 'Setup', 'Everyday use', 'Advanced', 'Troubleshooting', 'Reference'];
const TOPICS = ['Time tracking', 'Invoicing', 'Payments', 'Integrations', 'Mobile apps', 'Ideas'];
/** Staff write the articles and some answers; members ask and answer in the community. */
const AUTHORS = [
  { name: 'Amara Okafor', role: 'Support lead', staff: true },
  { name: 'Jonas Berg', role: 'Support engineer', staff: true },
  { name: 'Mei Tanaka', role: 'Technical writer', staff: true },
  { name: 'Rafael Souza', role: 'Product specialist', staff: true },
  ...['Ines Duarte', 'Kofi Mensah', 'Hannah Becker', 'Lucas Moreau', 'Priya Natarajan', 'Tom Lindqvist', 'Sofia Ramirez', 'Arjun Patel'].map((name) => ({ name, role: 'Customer', staff: false })),
].map((a) => ({ ...a, slug: slugify(a.name) }));
const STAFF = AUTHORS.filter((a) => a.staff);
const FAQ_QUESTIONS = { min: 5, max: 8 };

/** Where corpora go unless told otherwise (git-ignored). */
export const CORPUS_ROOT = path.join(import.meta.dirname, '..', '.corpus');

/** A seed per file (FNV-1a of its name and N): one file's text never shifts when another's changes. */
function seedOf(count: number, name: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${count}:${name}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

const yamlString = (text: string) => JSON.stringify(text);
const frontmatter = (fields: Record<string, string | number | boolean | undefined>) =>
  `---\n${Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;

interface Section {
  slug: string;
  title: string;
  category: string;
}

interface Article extends LinkTarget {
  file: string;
  section: Section;
}

function sectionsOf(): Section[] {
  return CATEGORIES.flatMap((category) =>
    SECTION_KINDS.map((kind) => ({ slug: slugify(`${category} ${kind}`), title: `${category}: ${kind.toLowerCase()}`, category: slugify(category) })),
  );
}

function articlesOf(count: number, sections: readonly Section[]): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const t = new Text(seedOf(count, `article-title-${i}`));
    const title = capitalise(`${t.pick(['how to', 'when to', 'why you'])} ${t.pick(VERBS)} the ${t.domainWord()} ${t.word()}`);
    const slug = `${slugify(title)}-${i}`;
    const section = sections[i % sections.length]!;
    return { slug, title, section, file: `articles/${section.category}/${section.slug}/${slug}.mdx` };
  });
}

/** 2–4 other articles for article `i` to link to, spread over the whole corpus. */
function linksOf(t: Text, i: number, articles: readonly Article[]): Article[] {
  const targets = new Set<number>();
  const wanted = Math.min(t.int(2, 4), articles.length - 1);
  while (targets.size < wanted) targets.add((i + 1 + t.int(0, articles.length - 2)) % articles.length);
  return [...targets].map((n) => articles[n]!);
}

/** Every file of the corpus, by path relative to its root, in a fixed order. */
export function corpusFiles(count: number): Map<string, string> {
  if (!Number.isInteger(count) || count < 10) throw new Error(`a corpus needs a whole number of at least 10 articles, not ${count}`);
  const files = new Map<string, string>();
  files.set('settings.yaml', 'siteName: Benchmark Help Center\nbaseUrl: https://bench.example\nsupportEmail: support@bench.example\n');
  for (const a of AUTHORS) files.set(`authors/${a.slug}.yaml`, `name: ${a.name}\nrole: ${a.role}\nstaff: ${a.staff}\n`);

  const sections = sectionsOf();
  CATEGORIES.forEach((title, order) => {
    const t = new Text(seedOf(count, `category-${order}`));
    files.set(`categories/${slugify(title)}.yaml`, `title: ${title}\ndescription: ${yamlString(t.sentence())}\norder: ${order}\n`);
  });
  sections.forEach((s, order) => {
    const t = new Text(seedOf(count, `section-${s.slug}`));
    files.set(`sections/${s.slug}.yaml`, `title: ${yamlString(s.title)}\ndescription: ${yamlString(t.sentence())}\ncategory: ${s.category}\norder: ${order % SECTION_KINDS.length}\n`);
  });

  const articles = articlesOf(count, sections);
  articles.forEach((a, i) => {
    const t = new Text(seedOf(count, `article-${i}`));
    const created = t.day();
    const labels = [...new Set([t.domainWord(), t.domainWord(), t.domainWord()].slice(0, t.int(1, 3)))];
    const head = frontmatter({
      title: yamlString(a.title),
      description: yamlString(t.sentence(t.int(14, 22))),
      section: a.section.slug,
      author: STAFF[i % STAFF.length]!.slug,
      created,
      updated: t.rand() < 0.4 ? t.day(created, 120) : undefined,
      labels: `[${labels.join(', ')}]`,
      promoted: i < 6 ? true : undefined,
    });
    files.set(a.file, `${head}\n${articleBody(t, linksOf(t, i, articles), i)}\n`);
  });

  // One FAQ page per section; a question may be answered on one page only, hence the shared set.
  const asked = new Set<string>();
  sections.forEach((s, i) => {
    const t = new Text(seedOf(count, `faq-${s.slug}`));
    const head = frontmatter({ title: yamlString(`${s.title} FAQ`), description: yamlString(t.sentence(t.int(12, 18))), section: s.slug, order: i });
    files.set(`faq/${s.slug}.mdx`, `${head}\n${faqBody(t, s.title.toLowerCase(), t.int(FAQ_QUESTIONS.min, FAQ_QUESTIONS.max), asked, articles[i % articles.length]!)}\n`);
  });

  TOPICS.forEach((title, order) => {
    const t = new Text(seedOf(count, `topic-${order}`));
    files.set(`community/topics/${slugify(title)}.yaml`, `title: ${title}\ndescription: ${yamlString(t.sentence(t.int(10, 16)))}\norder: ${order}\n`);
  });
  for (let q = 0; q < Math.floor(count / 10); q++) {
    const t = new Text(seedOf(count, `question-${q}`));
    const title = questionTitle(t);
    const slug = `${slugify(title)}-${q}`;
    const topic = slugify(TOPICS[q % TOPICS.length]!);
    const asker = AUTHORS[STAFF.length + (q % (AUTHORS.length - STAFF.length))]!;
    const askedOn = t.day();
    const tags = [...new Set([t.domainWord(), t.domainWord()])];
    const head = frontmatter({ title: yamlString(title), topic, tags: `[${tags.join(', ')}]`, author: asker.slug, asked: askedOn, votes: t.int(0, 40) });
    files.set(`community/questions/${topic}/${slug}.mdx`, `${head}\n${questionBody(t)}\n`);
    // Two answers by two people other than the asker: one from staff, one from another member.
    const answerers = [STAFF[q % STAFF.length]!, AUTHORS[STAFF.length + ((q + 1) % (AUTHORS.length - STAFF.length))]!];
    answerers.forEach((author, n) => {
      const answer = frontmatter({ question: slug, author: author.slug, date: t.day(askedOn, 10), votes: t.int(0, 25), accepted: n === 0 && q % 2 === 0 ? true : undefined });
      files.set(`community/answers/${slug}/${author.slug}.mdx`, `${answer}\n${answerBody(t, articles[(q * 7 + n) % articles.length]!)}\n`);
    });
  }
  return files;
}

export interface CorpusSummary {
  dir: string;
  articles: number;
  faqPages: number;
  questions: number;
  answers: number;
  files: number;
  bytes: number;
  /** Mean prose words per article. */
  wordsPerArticle: number;
}

export function summarise(dir: string, files: ReadonlyMap<string, string>): CorpusSummary {
  const paths = [...files.keys()];
  const articles = paths.filter((p) => p.startsWith('articles/'));
  const words = articles.reduce((sum, p) => sum + countWords(files.get(p)!.split('\n---\n').slice(1).join('\n---\n')), 0);
  return {
    dir,
    articles: articles.length,
    faqPages: paths.filter((p) => p.startsWith('faq/')).length,
    questions: paths.filter((p) => p.startsWith('community/questions/')).length,
    answers: paths.filter((p) => p.startsWith('community/answers/')).length,
    files: paths.length,
    bytes: [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    wordsPerArticle: Math.round(words / articles.length),
  };
}

/** Writes the corpus of `count` articles to `dir` (emptied first) and describes it. */
export function generateCorpus(count: number, dir = path.join(CORPUS_ROOT, String(count))): CorpusSummary {
  const files = corpusFiles(count);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return summarise(dir, files);
}

/** The sentence appended by changeOneArticle. */
export const WARM_EDIT = '\nOne more sentence, added so that a warm build has exactly one changed article.\n';

/**
 * Changes exactly one article (the first by path) by appending a sentence, as a writer's
 * small fix would, for the warm-build measurement. Returns the changed file.
 */
export function changeOneArticle(dir: string): string {
  const articles = (fs.readdirSync(path.join(dir, 'articles'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).sort();
  if (!articles.length) throw new Error(`no article to change in ${dir}/articles`);
  const file = path.join(dir, 'articles', articles[0]!);
  fs.appendFileSync(file, WARM_EDIT);
  return file;
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 1000);
  const corpus = generateCorpus(count);
  console.log(`wrote ${corpus.articles} articles, ${corpus.faqPages} FAQ pages, ${corpus.questions} questions and ${corpus.answers} answers (${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB) to ${path.relative(process.cwd(), corpus.dir)}`);
}
