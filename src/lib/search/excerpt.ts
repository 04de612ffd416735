/**
 * Snippets come from Pagefind as HTML: the page's text, entity-escaped, with matched words
 * wrapped in <mark>. We never trust that string as markup. It is cut into text and marked
 * parts here; the browser renders those parts as text nodes (see renderExcerpt), and the only
 * HTML we ever produce from it is re-escaped text plus our own <mark> tags.
 */

export interface ExcerptPart {
  text: string;
  /** A matched word, shown highlighted. */
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes (named basics and numeric); unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Escapes text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Splits a Pagefind excerpt into parts. Only the exact tags <mark> and </mark> count as
 * markup; anything else that looks like a tag is text. Adjacent parts of the same kind merge.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/i)) {
    const lower = piece.toLowerCase();
    if (lower === '<mark>' || lower === '</mark>') {
      marked = lower === '<mark>';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/** Letters and digits; everything else around a marked word is punctuation. */
const WORD_EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
/** Where a sentence starts inside a snippet: after ".", "!" or "?" (and a closing quote), before a capital or a digit. */
const SENTENCE_START = /[.!?…]["'”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
/** Pagefind closes every block with a full stop, even one that ends in a question mark or a colon already. */
const DOUBLED_STOP = /([.!?:;])\.(?=\s|$)/g;

/**
 * A snippet as a reader should see it: the words marked, not the punctuation stuck to them
 * ("<mark>invoice</mark>," rather than "<mark>invoice,</mark>"); from the start of a sentence when
 * one begins before the first marked word, else from a word with "…" before it; "…" at the end
 * when it stops mid-sentence.
 */
export function tidyExcerptParts(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const split: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = split[split.length - 1];
    if (last && last.marked === marked) last.text += text;
    else split.push({ text, marked });
  };
  for (const part of parts) {
    const text = part.text.replace(DOUBLED_STOP, '$1');
    if (!part.marked) {
      push(text, false);
      continue;
    }
    const [, before = '', word = '', after = ''] = WORD_EDGE.exec(text) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  }
  // Cut before the last sentence start that comes before the first marked word.
  const firstMark = split.findIndex((p) => p.marked);
  const lead = split[0];
  if (lead && !lead.marked && firstMark > 0) {
    const starts = [...lead.text.matchAll(SENTENCE_START)];
    const cut = starts.at(-1);
    // A sentence that starts with the marked word itself: nothing before it is needed.
    if (/[.!?…]["'”’)]?\s+$/u.test(lead.text)) lead.text = '';
    else if (cut) lead.text = lead.text.slice(cut.index + cut[0].length);
  }
  const first = split[0];
  if (first) {
    first.text = first.text.replace(/^\s+/, '');
    if (/^\p{Ll}/u.test(first.text)) split.unshift({ text: '… ', marked: false });
  }
  const end = split[split.length - 1];
  if (end) {
    end.text = end.text.replace(/\s+$/, '');
    if (!/[.!?…]["'”’)]?$/.test(end.text)) split.push({ text: ' …', marked: false });
  }
  return split.filter((p) => p.text !== '');
}

/** The excerpt as safe HTML: escaped text and <mark> tags, nothing else, tidied (tidyExcerptParts). */
export function safeExcerptHtml(excerpt: string): string {
  return tidyExcerptParts(excerptParts(excerpt))
    .map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join('');
}
