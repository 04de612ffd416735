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

/** The excerpt as safe HTML: escaped text and <mark> tags, nothing else. */
export function safeExcerptHtml(excerpt: string): string {
  return excerptParts(excerpt)
    .map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join('');
}
