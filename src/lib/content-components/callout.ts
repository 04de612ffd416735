/**
 * Callouts: a note, tip, important point, warning or caution set apart from the text. Writers
 * get one either with `<Callout type="warning">…</Callout>` or with GitHub's alert syntax in
 * plain Markdown (`> [!WARNING]`); both become the same component, so they render the same HTML.
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph } from 'mdast';
import type { SiteWords } from '../../i18n';

export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** The message that names each type, on the page and to screen readers. */
export const CALLOUT_LABELS = {
  note: 'content.calloutNote',
  tip: 'content.calloutTip',
  important: 'content.calloutImportant',
  warning: 'content.calloutWarning',
  caution: 'content.calloutCaution',
} as const satisfies Record<CalloutType, string>;

export type CalloutKey = (typeof CALLOUT_LABELS)[CalloutType] | 'content.calloutTypePrefix';
export type CalloutWords = SiteWords<CalloutKey>;

/**
 * Each type's icon: the inside of a 24×24 SVG drawn with strokes in the text's colour. Shapes,
 * not colours alone, tell the types apart (circle, bulb, speech bubble, triangle, octagon).
 */
export const CALLOUT_ICONS: Record<CalloutType, string> = {
  note: '<circle cx="12" cy="12" r="9"/><path d="M12 11v5M12 7.5v.5"/>',
  tip: '<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z"/>',
  important: '<path d="M4 4h16v12H10l-6 4z"/><path d="M12 7v4M12 13.5v.5"/>',
  warning: '<path d="M12 3 2 20h20z"/><path d="M12 9v5M12 16.5v.5"/>',
  caution: '<path d="M8 3h8l5 5v8l-5 5H8l-5-5V8z"/><path d="M12 7.5v5M12 15.5v.5"/>',
};

export interface CalloutView {
  type: CalloutType;
  /** The words shown at the top: the title, or the type's name. */
  heading: string;
  /** Said before a custom title to screen readers, so "Warning" is never lost: "Warning: ". */
  typePrefix?: string;
  icon: string;
}

export function calloutView(type: CalloutType = 'note', title: string | undefined, { t }: CalloutWords): CalloutView {
  const label = t(CALLOUT_LABELS[type]);
  return { type, heading: title ?? label, typePrefix: title ? t('content.calloutTypePrefix', { type: label }) : undefined, icon: CALLOUT_ICONS[type] };
}

/** `[!NOTE]` at the start of a quote's first line, and what follows it on that line. */
const MARKER = /^\[!([A-Za-z]+)\]([^\n]*)(?:\n|$)/;

export type AlertReading =
  | { kind: 'alert'; type: CalloutType; children: (BlockContent | DefinitionContent)[] }
  | { kind: 'unknown-type'; word: string }
  | { kind: 'text-after-marker'; type: CalloutType };

/**
 * Reads a blockquote as GitHub reads an alert: `[!TYPE]` (any letter case) alone on its first
 * line. Returns the alert's type and content without the marker, what is wrong with a marker
 * GitHub would not turn into an alert either, or undefined for an ordinary quote.
 */
export function readAlert(quote: Blockquote): AlertReading | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = MARKER.exec(text.value);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  if (!(CALLOUT_TYPES as readonly string[]).includes(word)) return { kind: 'unknown-type', word: match[1]! };
  const type = word as CalloutType;
  if (match[2]!.trim() !== '') return { kind: 'text-after-marker', type };
  const rest = text.value.slice(match[0].length);
  const inline = rest ? [{ ...text, value: rest }, ...first.children.slice(1)] : first.children.slice(1);
  const paragraph: Paragraph[] = inline.length ? [{ ...first, children: inline }] : [];
  return { kind: 'alert', type, children: [...paragraph, ...quote.children.slice(1)] };
}
