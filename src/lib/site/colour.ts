/**
 * Theme colours derived from the one brand colour in the settings, adjusted until text in
 * that colour reaches WCAG AA contrast (4.5:1) on the page background of each scheme.
 */
export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;
}

/**
 * The brand colour itself when it already contrasts enough with every one of `backgrounds`
 * (all light or all dark), otherwise the brand mixed towards black (on light backgrounds) or
 * white (on dark ones) by the smallest step that does.
 */
export function readableOn(brand: string, backgrounds: string | readonly string[], minRatio = 4.5): string {
  const all = typeof backgrounds === 'string' ? [backgrounds] : backgrounds;
  const enough = (colour: string) => all.every((bg) => contrastRatio(colour, bg) >= minRatio);
  if (enough(brand)) return brand.toLowerCase();
  const towards: Rgb = luminance(parseHex(all[0]!)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const candidate = toHex(mix(parseHex(brand), towards, t));
    if (enough(candidate)) return candidate;
  }
  return toHex(towards);
}

/** Text colour for a button filled with `fill`: white or near-black, whichever contrasts more. */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, '#111111') ? '#ffffff' : '#111111';
}

/** The page and soft-panel backgrounds of each scheme; keep in step with src/styles/global.css. */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#15171c' } as const;
export const SCHEME_BACKGROUNDS = { light: ['#ffffff', '#f4f5f7'], dark: ['#15171c', '#1f2229'] } as const;

/** The CSS custom properties of both schemes, computed from the brand colour. */
export function themeVariables(brand: string): { light: Record<string, string>; dark: Record<string, string> } {
  const scheme = (backgrounds: readonly string[]) => {
    const accent = readableOn(brand, backgrounds);
    return { '--accent': accent, '--accent-contrast': textOn(accent) };
  };
  return { light: scheme(SCHEME_BACKGROUNDS.light), dark: scheme(SCHEME_BACKGROUNDS.dark) };
}
