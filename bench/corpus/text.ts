/**
 * The words of the generated corpus: a seeded random source and a long-tailed vocabulary, and
 * the sentences, paragraphs and inline markup made from them. Pure: the same seed gives the
 * same text.
 */

/** Words a time-tracking and invoicing product's help center really uses; labels and tags come from here too. */
export const DOMAIN_WORDS = (
  'invoice timer project client report export rate budget approval timesheet payment reminder ' +
  'workspace member role permission integration webhook token sync currency tax discount retainer ' +
  'schedule mobile desktop offline billing receipt plan subscription refund credit portal template ' +
  'estimate expense mileage overtime holiday calendar notification email password security audit'
).split(' ');
export const VERBS = 'create edit send export archive approve connect track review schedule'.split(' ');
const SYLLABLES = 'ka lo mi ren tus vor an el ix po qua dri sel fen gor hul mav nis op ry'.split(' ');

/**
 * Real text has a long tail: a few words everywhere, most words in few documents. A vocabulary
 * of only the domain words would put every word in nearly every article and inflate the search
 * index; so the domain words are spread through 4,000 made-up words drawn with a Zipf-like skew.
 */
const MADE_UP = Array.from({ length: 4000 }, (_, i) => {
  let word = '';
  for (let n = i + 7; word.length < 6 || n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
/** The domain words sit among the ranks (every 40th from rank 10), so some are common and some rare. */
const VOCABULARY = MADE_UP.flatMap((w, i) => (i % 40 === 10 && DOMAIN_WORDS[Math.floor(i / 40)] ? [DOMAIN_WORDS[Math.floor(i / 40)]!, w] : [w]));

/** A small seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of prose as a reader counts them: code blocks, URLs and Markdown punctuation left out. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(?:[-*]|\d+\.)\s+\[[ x]\]/gm, ' ');
  return prose.match(/[A-Za-z0-9][\w'’-]*/g)?.length ?? 0;
}

export const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** Text drawn from one seed; each generated file gets its own, so files do not shift when others change. */
export class Text {
  readonly rand: () => number;

  constructor(seed: number) {
    this.rand = random(seed);
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  /** A word of the vocabulary: low ranks often, the long tail rarely. */
  word(): string {
    return VOCABULARY[Math.floor(VOCABULARY.length * this.rand() ** 3)]!;
  }

  domainWord(): string {
    return this.pick(DOMAIN_WORDS);
  }

  /** A few words, e.g. for a heading or a table cell. */
  words(count: number): string {
    return Array.from({ length: count }, () => this.word()).join(' ');
  }

  /** A plain sentence of `count` words. */
  sentence(count = this.int(8, 17)): string {
    return `${capitalise(this.words(count))}.`;
  }

  /** A sentence in which one word is *emphasised* or set as `code`, as writers do for UI labels and values. */
  markedSentence(count = this.int(8, 17), mark: 'emphasis' | 'code' = this.rand() < 0.5 ? 'emphasis' : 'code'): string {
    const words = Array.from({ length: count }, () => this.word());
    const at = this.int(1, count - 1);
    words[at] = mark === 'emphasis' ? `*${words[at]}*` : `\`${words[at]}_${this.domainWord()}\``;
    return `${capitalise(words.join(' '))}.`;
  }

  /** A paragraph of about `words` words; most hold some inline markup. */
  paragraph(words = this.int(45, 90)): string {
    const sentences: string[] = [];
    for (let left = words; left > 0; ) {
      const n = Math.min(left, this.int(8, 17));
      sentences.push(n >= 3 && this.rand() < 0.3 ? this.markedSentence(n) : this.sentence(n));
      left -= n;
    }
    return sentences.join(' ');
  }

  /** A title-like phrase of domain and vocabulary words, e.g. "Export the invoice kalomi". */
  phrase(): string {
    return `${this.domainWord()} ${this.word()}`;
  }

  /** A calendar day as YYYY-MM-DD: up to `withinDays` after `from` (by default, within 2024 and 2025). */
  day(from = '2024-01-01', withinDays = 700): string {
    const time = Date.parse(`${from}T00:00:00Z`) + this.int(0, withinDays) * 86_400_000;
    return new Date(time).toISOString().slice(0, 10);
  }
}

/** Lower-case words joined by hyphens, as the project's slugs must be. */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
