/**
 * Interface text by key, in one language. A message is a string with `{name}` placeholders, or,
 * where a number decides the wording, one string per plural category of the language
 * (`Intl.PluralRules`: English has one/other, Arabic zero/one/two/few/many/other).
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** A catalogue: areas (site, knowledgeBase, search, …) holding messages by name. */
export type Catalogue = Record<string, Record<string, Message>>;

/** The same shape with every message optional: a language whose translation is partial. */
export type PartialCatalogue<C extends Catalogue> = { [Area in keyof C]?: { [Key in keyof C[Area]]?: Message } };

/** "area.key" for every message of a catalogue. */
export type MessageKey<C extends Catalogue> = { [Area in keyof C & string]: `${Area}.${keyof C[Area] & string}` }[keyof C & string];

export type MessageValues = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

function selectText(message: Message, values: MessageValues, locale: string): string {
  if (typeof message === 'string') return message;
  const count = Number(values.count ?? 0);
  return message[pluralRulesOf(locale).select(count)] ?? message.other;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message with its values put in. The form of a plural message is chosen by `count`
 * (an exact `=0`-style form is not needed: a language that words zero apart has a `zero`
 * category, and English says "No results" with its own message). Numbers are written the
 * language's way ("1.234" in German, "١٬٢٣٤" in Arabic); text values are put in as given.
 */
export function formatMessage(message: Message, values: MessageValues, locale: string): string {
  return selectText(message, values, locale).replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A piece of a message: its words (values put in), or the place of an element the caller draws (a link, a <time>…). */
export type MessagePart = string | { slot: string };

/**
 * A message cut where an element goes: "Did you mean {suggestion}?" gives
 * ["Did you mean ", { slot: "suggestion" }, "?"], so a component or script can put a link there,
 * wherever the language places it. Placeholders with a value are filled as formatMessage fills
 * them; those without one become slots. The message is cut before values go in, so a value that
 * happens to contain "{…}" stays text.
 */
export function formatParts(message: Message, values: MessageValues, locale: string): MessagePart[] {
  const parts: MessagePart[] = [];
  const text = (words: string) => {
    if (!words) return;
    if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += words;
    else parts.push(words);
  };
  const source = selectText(message, values, locale);
  let at = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    text(source.slice(at, match.index));
    const value = values[match[1]!];
    if (value === undefined) parts.push({ slot: match[1]! });
    else text(typeof value === 'number' ? formatNumber(value, locale) : value);
    at = match.index + match[0].length;
  }
  text(source.slice(at));
  return parts;
}

/** "A, B and C" as the language joins a list (German "A, B und C", Arabic "A وB وC"; English leaves out "and"). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items);
}

/**
 * What a pure function that writes words is given: the language and its messages. `K` names
 * the messages the function uses, so a script can be handed exactly those (src/i18n clientMessages).
 * A page's translator (src/i18n) is one; in the browser, `wordsFrom` makes one.
 */
export interface Words<K extends string> {
  locale: string;
  t(key: K, values?: MessageValues): string;
  parts(key: K, values?: MessageValues): MessagePart[];
}

/** The messages a script is handed by its component, as JSON: the language to write them in, and the messages by key. */
export interface ScriptMessages<K extends string> {
  locale: string;
  messages: Record<K, Message>;
}

/** Words in the browser, from the messages the component handed the script. */
export function wordsFrom<K extends string>({ locale, messages }: ScriptMessages<K>): Words<K> {
  return {
    locale,
    t: (key, values = {}) => formatMessage(messages[key], values, locale),
    parts: (key, values = {}) => formatParts(messages[key], values, locale),
  };
}

/** The placeholders a message uses, every plural form together: what a translation must keep. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((t) => [...(t ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]!)));
}
