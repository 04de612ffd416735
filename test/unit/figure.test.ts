import { describe, expect, it } from 'vitest';
import { figureLayout } from '../../src/lib/content-components/figure';

describe('figureLayout', () => {
  it('shows an image at its width, at most the column\'s, with files at 1× and 2× and one for phones', () => {
    expect(figureLayout({ width: 1640, height: 440 })).toEqual({ width: 1640, height: 440, widths: [480, 720, 1440], sizes: '(min-width: 752px) 720px, calc(100vw - 2rem)' });
  });

  it('honours a display width in proportion, never enlarging', () => {
    expect(figureLayout({ width: 1520, height: 400 }, 760)).toMatchObject({ width: 760, height: 200, widths: [480, 720, 1440] });
    expect(figureLayout({ width: 300, height: 100 }, 600)).toMatchObject({ width: 300, height: 100, widths: [300] });
  });
});
