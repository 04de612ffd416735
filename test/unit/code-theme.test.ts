import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/site/colour';

/** The custom properties of the light scheme (:root) and of the dark one, as global.css declares them. */
function schemes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = fs.readFileSync(path.join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  return { light: read(css.slice(0, dark)), dark: read(css.slice(dark, css.indexOf('}\n}', dark))) };
}

describe('the colours of code blocks', () => {
  const { light, dark } = schemes();
  const tokens = Object.keys(light).filter((k) => k.startsWith('--code-') && k !== '--code-bg');

  it('define every token colour in both schemes', () => {
    expect(tokens.length).toBeGreaterThanOrEqual(8);
    for (const token of tokens) expect(dark[token], token).toMatch(/^#/);
  });

  it.each(['light', 'dark'] as const)('reach 4.5:1 against the code background in the %s scheme', (scheme) => {
    const colours = scheme === 'light' ? light : dark;
    for (const token of tokens) {
      expect(contrastRatio(colours[token]!, colours['--code-bg']!), `${token} ${colours[token]} on ${colours['--code-bg']}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
