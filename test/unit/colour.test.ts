import { describe, expect, it } from 'vitest';
import { PAGE_BACKGROUND, SCHEME_BACKGROUNDS, contrastRatio, luminance, parseHex, readableOn, textOn, themeVariables, toHex } from '../../src/lib/site/colour';

const BRANDS = [
  '#2f5bd3', // the default blue
  '#ffdd00', // very light yellow
  '#f5f5f5', // nearly white
  '#ffffff',
  '#00ff00', // bright green
  '#e91e63', // pink
  '#777777', // mid grey
  '#0a0a2a', // very dark navy
  '#000000',
];

describe('parseHex / toHex', () => {
  it('round-trip a colour', () => {
    expect(parseHex('#2f5bd3')).toEqual([0x2f, 0x5b, 0xd3]);
    expect(toHex([0x2f, 0x5b, 0xd3])).toBe('#2f5bd3');
    expect(toHex([0, 0, 0])).toBe('#000000');
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });

  it('is 1 for a colour on itself', () => {
    expect(contrastRatio('#2f5bd3', '#2f5bd3')).toBe(1);
  });

  it('matches known WCAG values', () => {
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 1);
  });
});

describe('readableOn', () => {
  for (const [scheme, background] of Object.entries(PAGE_BACKGROUND)) {
    it.each(BRANDS)(`reaches 4.5:1 on the ${scheme} background (${background}) for %s`, (brand) => {
      const colour = readableOn(brand, background);
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('returns the brand unchanged when it already contrasts enough', () => {
    expect(readableOn('#1a3f9e', PAGE_BACKGROUND.light)).toBe('#1a3f9e');
    expect(readableOn('#ffdd00', PAGE_BACKGROUND.dark)).toBe('#ffdd00');
  });

  it('darkens a light brand on the light background, keeping its hue rather than going black', () => {
    const colour = readableOn('#ffdd00', PAGE_BACKGROUND.light);
    expect(colour).not.toBe('#ffdd00');
    expect(colour).not.toBe('#000000');
    const [r, g, b] = parseHex(colour);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(luminance(parseHex(colour))).toBeLessThan(luminance(parseHex('#ffdd00')));
  });

  it('lightens a dark brand on the dark background', () => {
    const colour = readableOn('#0a0a2a', PAGE_BACKGROUND.dark);
    expect(luminance(parseHex(colour))).toBeGreaterThan(luminance(parseHex('#0a0a2a')));
    expect(colour).not.toBe('#ffffff');
  });

  it('honours a stricter ratio', () => {
    expect(contrastRatio(readableOn('#2f5bd3', PAGE_BACKGROUND.light, 7), PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(7);
  });
});

describe('textOn', () => {
  it('puts white on dark fills and near-black on light ones', () => {
    expect(textOn('#1a3f9e')).toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#ffdd00')).toBe('#111111');
    expect(textOn('#ffffff')).toBe('#111111');
  });

  it('picks whichever of the two contrasts more', () => {
    for (const fill of BRANDS) {
      const chosen = textOn(fill);
      const other = chosen === '#ffffff' ? '#111111' : '#ffffff';
      expect(contrastRatio(chosen, fill)).toBeGreaterThanOrEqual(contrastRatio(other, fill));
    }
  });
});

describe('readableOn with several backgrounds', () => {
  for (const [scheme, backgrounds] of Object.entries(SCHEME_BACKGROUNDS)) {
    it.each(BRANDS)(`reaches 4.5:1 on every ${scheme} background for %s`, (brand) => {
      const colour = readableOn(brand, backgrounds);
      for (const bg of backgrounds) expect(contrastRatio(colour, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('adjusts a brand that passes on the page but not on the softer panel', () => {
    // #767676 passes on white (4.54) but not on the light grey panel.
    expect(contrastRatio('#767676', SCHEME_BACKGROUNDS.light[1])).toBeLessThan(4.5);
    expect(readableOn('#767676', SCHEME_BACKGROUNDS.light)).not.toBe('#767676');
  });
});

describe('themeVariables', () => {
  it('derives an accent readable on every background of each scheme, with its text colour', () => {
    for (const brand of BRANDS) {
      const theme = themeVariables(brand);
      for (const scheme of ['light', 'dark'] as const) {
        const accent = theme[scheme]['--accent']!;
        for (const bg of SCHEME_BACKGROUNDS[scheme]) expect(contrastRatio(accent, bg)).toBeGreaterThanOrEqual(4.5);
        expect(theme[scheme]['--accent-contrast']).toBe(textOn(accent));
      }
    }
  });

  it('keeps the brand itself where it is already readable', () => {
    expect(themeVariables('#ffdd00').dark['--accent']).toBe('#ffdd00');
    expect(themeVariables('#1a3f9e').light['--accent']).toBe('#1a3f9e');
  });
});
