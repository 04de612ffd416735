/**
 * The help center's icons: Lucide's set (the `lucide-static` package, ISC licence), drawn as
 * inline SVG when a page is built, so no icon font, no request and no emoji font is needed.
 * Writers name an icon in a category, section or topic file (`icon: receipt`, any name listed
 * at https://lucide.dev/icons/); an emoji still works: the common ones are drawn as the
 * matching icon (EMOJI_ICONS), any other is shown as it is.
 */
import iconNodes from 'lucide-static/icon-nodes.json' with { type: 'json' };
import { closeMatches } from '../text/close-matches';

/** One element of an icon: its tag and attributes, as Lucide's icon-nodes.json lists them. */
export type IconNode = [tag: string, attributes: Record<string, string>];

const SET = iconNodes as unknown as Record<string, IconNode[]>;

/** What the layout and components draw themselves; each must be in the set (a unit test checks). */
export const UI_ICONS = {
  search: 'search',
  menu: 'menu',
  language: 'languages',
  close: 'x',
  chat: 'message-circle',
  mail: 'mail',
  check: 'check',
  chevronRight: 'chevron-right',
  external: 'external-link',
  zoom: 'maximize-2',
  faq: 'circle-question-mark',
  community: 'messages-square',
  request: 'send',
  filter: 'sliders-horizontal',
  arrowUp: 'arrow-up',
  folder: 'folder',
} as const;

/**
 * Emoji writers already use for categories, sections and topics, and the icon each is drawn as.
 * Keys are written without the emoji presentation selector (U+FE0F): "⏱️" and "⏱" both match.
 */
export const EMOJI_ICONS: Readonly<Record<string, string>> = {
  '🚀': 'rocket', '🧾': 'receipt', '⏱': 'timer', '⏰': 'alarm-clock', '🕒': 'clock', '💡': 'lightbulb',
  '💳': 'credit-card', '💰': 'wallet', '💵': 'banknote', '💶': 'banknote', '💲': 'badge-dollar-sign',
  '🔌': 'plug', '🔗': 'link', '🧩': 'puzzle', '⚙': 'settings', '🛠': 'wrench', '🔧': 'wrench',
  '❓': 'circle-question-mark', '❔': 'circle-question-mark', 'ℹ': 'info', '💬': 'message-circle', '🗨': 'message-square',
  '📧': 'mail', '✉': 'mail', '📅': 'calendar', '🗓': 'calendar-days', '📊': 'chart-column', '📈': 'trending-up',
  '🔒': 'lock', '🔐': 'lock-keyhole', '🔑': 'key-round', '🛡': 'shield', '👤': 'user', '👥': 'users',
  '🏢': 'building', '📱': 'smartphone', '💻': 'laptop', '🖥': 'monitor', '🌐': 'globe', '📦': 'package',
  '📄': 'file-text', '📝': 'notebook-pen', '📁': 'folder', '🗂': 'folder-open', '🏷': 'tag', '⭐': 'star',
  '✅': 'circle-check', '⚠': 'triangle-alert', '🔔': 'bell', '🔍': 'search', '🔎': 'search', '📚': 'library',
  '📖': 'book-open', '🎓': 'graduation-cap', '🧑‍💻': 'square-terminal', '🤝': 'handshake', '🧮': 'calculator',
  '📤': 'send', '🔄': 'refresh-cw', '🗑': 'trash', '🎨': 'palette', '🌙': 'moon', '☁': 'cloud',
};

/** How a writer's `icon:` value is shown: an icon of the set, or (an emoji without one) the text itself. */
export type ResolvedIcon = { kind: 'icon'; name: string } | { kind: 'text'; text: string };

/** A name written the way Lucide names icons: lower-case words joined by hyphens. */
const ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isIconName(name: string): boolean {
  return Object.hasOwn(SET, name);
}

/** An icon name or an emoji from content, as it will be drawn; undefined for no icon. */
export function resolveIcon(value: string | undefined): ResolvedIcon | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (isIconName(text)) return { kind: 'icon', name: text };
  const mapped = EMOJI_ICONS[text.replaceAll('\uFE0F', '')];
  return mapped ? { kind: 'icon', name: mapped } : { kind: 'text', text };
}

/**
 * Why a writer's `icon:` cannot be shown, with what to write instead; undefined when it can.
 * A word must name an icon of the set; anything else must be a short symbol (an emoji).
 */
export function iconProblem(value: string): string | undefined {
  if (ICON_NAME.test(value)) {
    if (isIconName(value)) return undefined;
    const near = closeMatches(value, Object.keys(SET), 3);
    return `"${value}" is no icon of the set; use a name from https://lucide.dev/icons/${near.length ? `, e.g. ${near.join(', ')}` : ', e.g. receipt'}`;
  }
  // Emoji with modifiers take several code points; four graphemes is more than any one symbol needs.
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(value)].length;
  return graphemes <= 2 ? undefined : `write one icon name from https://lucide.dev/icons/ (e.g. receipt) or a single emoji, not "${value}"`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The icon as SVG markup: decorative (aria-hidden) unless it has a `label`, sized in CSS pixels,
 * drawn in the text's colour. Throws for a name outside the set: our own components must name
 * real icons, and writers' values are checked before the build (iconProblem).
 */
export function iconSvg(name: string, options: { size?: number; label?: string; class?: string } = {}): string {
  const nodes = SET[name];
  if (!nodes) throw new Error(`no icon "${name}" in Lucide's set (lucide-static): see https://lucide.dev/icons/`);
  const size = options.size ?? 20;
  const a11y = options.label ? `role="img" aria-label="${escapeAttribute(options.label)}"` : 'aria-hidden="true" focusable="false"';
  const body = nodes
    .map(([tag, attributes]) => `<${tag} ${Object.entries(attributes).map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}/>`)
    .join('');
  const className = ['icon', options.class].filter(Boolean).join(' ');
  return `<svg class="${className}" xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" ${a11y}>${body}</svg>`;
}
