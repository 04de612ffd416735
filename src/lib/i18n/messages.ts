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

/**
 * A message with its values put in. The form of a plural message is chosen by `count`
 * (an exact `=0`-style form is not needed: a language that words zero apart has a `zero`
 * category, and English says "No results" with its own message). Numbers are written the
 * language's way ("1.234" in German, "١٬٢٣٤" in Arabic); text values are put in as given.
 */
export function formatMessage(message: Message, values: MessageValues, locale: string): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(values.count ?? 0);
    text = message[pluralRulesOf(locale).select(count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** The placeholders a message uses, every plural form together: what a translation must keep. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
}
