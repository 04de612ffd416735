/**
 * The body of one generated article: 600–900 words under 3–6 `##` headings, with every kind of
 * Markdown a help article uses (emphasis, inline code, bullet and numbered lists, a 4-column GFM
 * table, a fenced code block, a task list), links to other articles and one external link.
 */
import { capitalise, countWords, type Text } from './text.ts';

export const ARTICLE_WORDS = { min: 600, max: 900 } as const;
export const ARTICLE_HEADINGS = { min: 3, max: 6 } as const;

export interface LinkTarget {
  slug: string;
  title: string;
}

const HEADINGS: ((t: Text) => string)[] = [
  (t) => `Before you ${t.pick(['start', 'begin', 'change anything'])}`,
  (t) => `${capitalise(t.domainWord())} and ${t.word()}`,
  () => 'Steps',
  () => 'Troubleshooting',
  (t) => `What the ${t.domainWord()} ${t.word()} does`,
  (t) => `${capitalise(t.pick(['create', 'edit', 'review', 'export']))} ${t.domainWord()} ${t.word()}`,
  () => 'Limits',
  () => 'Related settings',
];

function headings(t: Text, count: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(t.pick(HEADINGS)(t));
  return [...chosen];
}

const bulletList = (t: Text) => Array.from({ length: t.int(3, 5) }, () => `- ${t.sentence(t.int(5, 9))}`).join('\n');
const numberedList = (t: Text) => Array.from({ length: t.int(3, 5) }, (_, i) => `${i + 1}. ${t.markedSentence(t.int(6, 10))}`).join('\n');
const taskList = (t: Text) => Array.from({ length: t.int(3, 4) }, (_, i) => `- [${i === 0 ? 'x' : ' '}] ${t.sentence(t.int(4, 8))}`).join('\n');

function table(t: Text): string {
  const rows = Array.from({ length: t.int(3, 5) }, () =>
    `| \`${t.domainWord()}\` | ${t.pick(['on', 'off', '15 minutes', 'none', '30 days'])} | ${t.pick(['Owner', 'Admin', 'Manager', 'Member'])} | ${t.words(t.int(4, 7))} |`,
  );
  return ['| Setting | Default | Who can change it | Notes |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function codeBlock(t: Text, seed: number): string {
  const key = t.domainWord();
  const value = t.word();
  const code = [
    `\`\`\`json\n{\n  "${key}": "${value}",\n  "id": ${seed},\n  "enabled": ${t.rand() < 0.5}\n}\n\`\`\``,
    `\`\`\`bash\ncurl -X POST https://api.bench.example/v1/${key}s \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -d '${value}=${seed}'\n\`\`\``,
    `\`\`\`yaml\n${key}:\n  ${value}: true\n  limit: ${seed % 100}\n\`\`\``,
  ];
  return code[seed % code.length]!;
}

const linkSentence = (t: Text, to: LinkTarget) => `${t.sentence(t.int(5, 9)).slice(0, -1)}: see [${to.title}](/articles/${to.slug}/).`;
const externalSentence = (t: Text) =>
  `${t.sentence(t.int(5, 9)).slice(0, -1)}; the [${t.domainWord()} status page](https://status.bench.example/${t.domainWord()}) shows it live.`;

/**
 * Builds the body. `links` are the articles to link to (2–4 of them); `seed` varies the code
 * block's language. Paragraphs are added round the sections until the word target is met, the
 * last one cut to fit, so every article lands inside ARTICLE_WORDS.
 */
export function articleBody(t: Text, links: readonly LinkTarget[], seed: number): string {
  const target = t.int(ARTICLE_WORDS.min + 10, ARTICLE_WORDS.max - 20);
  const sections = headings(t, t.int(ARTICLE_HEADINGS.min, ARTICLE_HEADINGS.max)).map((h) => [`## ${h}`, t.paragraph()]);
  const last = sections.length - 1;
  const intro = [`${t.markedSentence(12, 'emphasis')} ${t.markedSentence(10, 'code')} ${t.paragraph(30)}`];
  sections[0]!.push(bulletList(t));
  sections[1]!.push(numberedList(t), table(t));
  sections[2]!.push(codeBlock(t, seed));
  sections[last]!.push(taskList(t), externalSentence(t));
  links.forEach((to, i) => sections[i % sections.length]!.push(linkSentence(t, to)));

  const blocks = () => [...intro, ...sections.flat()];
  let words = countWords(blocks().join('\n\n'));
  for (let i = 0; words < target; i++) {
    const paragraph = t.paragraph(Math.min(t.int(45, 90), Math.max(target - words, 3)));
    sections[i % sections.length]!.push(paragraph);
    words += countWords(paragraph);
  }
  return blocks().join('\n\n');
}
