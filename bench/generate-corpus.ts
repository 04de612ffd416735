/**
 * Writes a synthetic help center of N articles to bench/.corpus/<N>/ for the benchmarks:
 * 10 categories, one section per 50 articles, realistic ~400-word MDX bodies with headings,
 * a table, a list, a code block and links between articles. Deterministic: the same N gives
 * the same files, so figures compare across runs.
 *
 *   node bench/generate-corpus.ts 1000
 */
import fs from 'node:fs';
import path from 'node:path';

const WORDS = (
  'invoice timer project client report export rate budget approval timesheet payment reminder ' +
  'workspace member role permission integration webhook token sync currency tax discount retainer ' +
  'schedule mobile desktop offline billing receipt plan subscription refund credit portal template ' +
  'estimate expense mileage overtime holiday calendar notification email password security audit'
).split(' ');
const VERBS = 'create edit send export archive approve connect track review schedule'.split(' ');
const SYLLABLES = 'ka lo mi ren tus vor an el ix po qua dri sel fen gor hul mav nis op ry'.split(' ');

/**
 * Real text has a long tail: a few words everywhere, most words in few documents. A vocabulary
 * of only the domain words above would put every word in nearly every article and inflate the
 * search index; so the domain words are spread through a list of 4,000 made-up words drawn with a Zipf-like skew.
 */
const MADE_UP = Array.from({ length: 4000 }, (_, i) => {
  let word = '';
  for (let n = i + 7; word.length < 6 || n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
/** The domain words spread through the ranks (every 40th from rank 10), so some are common and some rare. */
const VOCABULARY = MADE_UP.flatMap((w, i) => (i % 40 === 10 && WORDS[Math.floor(i / 40)] ? [WORDS[Math.floor(i / 40)]!, w] : [w]));

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(count: number, root = path.join(import.meta.dirname, '.corpus', String(count))): string {
  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 3)]!;
  const sentence = (n = 12) => {
    const words = Array.from({ length: n }, word);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(8 + Math.floor(rand() * 10))).join(' ');

  fs.rmSync(root, { recursive: true, force: true });
  for (const dir of ['categories', 'sections', 'authors', 'articles']) fs.mkdirSync(path.join(root, dir), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'settings.yaml'),
    'siteName: Benchmark Help Center\nbaseUrl: https://bench.example\nsupportEmail: support@bench.example\n',
  );
  fs.writeFileSync(path.join(root, 'authors', 'writer.yaml'), 'name: Bench Writer\nstaff: true\n');

  const sectionCount = Math.max(10, Math.ceil(count / 50));
  for (let c = 0; c < 10; c++) {
    fs.writeFileSync(path.join(root, 'categories', `category-${c}.yaml`), `title: Category ${c} ${pick(WORDS)}\ndescription: ${sentence()}\norder: ${c}\n`);
  }
  for (let s = 0; s < sectionCount; s++) {
    fs.writeFileSync(
      path.join(root, 'sections', `section-${s}.yaml`),
      `title: Section ${s} ${pick(WORDS)}\ndescription: ${sentence()}\ncategory: category-${s % 10}\norder: ${s}\n`,
    );
  }
  for (let a = 0; a < count; a++) {
    const section = a % sectionCount;
    const dir = path.join(root, 'articles', `section-${section}`);
    fs.mkdirSync(dir, { recursive: true });
    const topic = `${pick(WORDS)} ${pick(WORDS)}`;
    const title = `How to ${pick(VERBS)} a ${topic} (${a})`;
    const labels = [pick(WORDS), pick(WORDS)].filter((l, i, all) => all.indexOf(l) === i);
    const other = (a * 7 + 3) % count;
    const body = [
      paragraph(),
      `## Before you ${pick(VERBS)}`,
      paragraph(),
      `- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}`,
      `## Steps`,
      `1. ${sentence(8)}\n2. ${sentence(8)}\n3. See [the related guide](/articles/article-${other}/).`,
      `| Setting | Default | Notes |\n| --- | --- | --- |\n| ${pick(WORDS)} | on | ${sentence(5)} |\n| ${pick(WORDS)} | off | ${sentence(5)} |`,
      `## Troubleshooting`,
      paragraph(),
      '```json\n{ "' + pick(WORDS) + '": ' + a + ' }\n```',
      paragraph(),
    ].join('\n\n');
    fs.writeFileSync(
      path.join(dir, `article-${a}.mdx`),
      `---\ntitle: "${title}"\ndescription: "${sentence(14)}"\nsection: section-${section}\nauthor: writer\ncreated: 2025-${String((a % 12) + 1).padStart(2, '0')}-${String((a % 28) + 1).padStart(2, '0')}\nlabels: [${labels.join(', ')}]\n---\n\n${body}\n`,
    );
  }
  return root;
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = generateCorpus(count);
  console.log(`wrote ${count} articles to ${path.relative(process.cwd(), dir)}`);
}
