import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Our styles mirror on a right-to-left page because they speak of the start and end of a line,
 * never of its left and right. This reads every stylesheet (src/styles/ and the <style> of
 * components) and finds what would not mirror: a physical property, a left/right keyword, a
 * shorthand whose left and right differ, a sideways shift or shadow. A declaration that means
 * a physical side says why on its line: `/* physical: centred, the same either way *\/`.
 */
interface Declaration {
  file: string;
  line: number;
  property: string;
  value: string;
  /** The reason given on its line for meaning a physical side, if any. */
  physical?: string;
}

const PHYSICAL_PROPERTY = /^(left|right)$|^(margin|padding|border|inset|scroll-margin|scroll-padding|overscroll-behavior)-(left|right)(-|$)|^border-(top|bottom)-(left|right)-radius$/;
/** Shorthands whose four values go top, right, bottom, left. */
const FOUR_SIDES = new Set(['margin', 'padding', 'inset', 'scroll-margin', 'scroll-padding', 'border-width', 'border-style', 'border-color']);

function stylesheets(): { file: string; css: string }[] {
  const files = fs.readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => path.join('src', f));
  return [
    ...files.filter((f) => f.endsWith('.css')).map((file) => ({ file, css: fs.readFileSync(file, 'utf8') })),
    ...files.filter((f) => f.endsWith('.astro')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file, css: m[1]! }))),
  ];
}

/** Values split on spaces (or on commas), keeping calc(…) and var(…) whole. */
function split(value: string, separator: ' ' | ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && (separator === ' ' ? /\s/.test(char) : char === ',')) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function declarations(file: string, css: string): Declaration[] {
  const lines = css.split('\n');
  const reasons = new Map(lines.flatMap((text, i) => {
    const reason = /\/\*\s*physical:\s*([^*]*?)\s*\*\//.exec(text)?.[1];
    return reason === undefined ? [] : [[i + 1, reason] as const];
  }));
  // Comments out, each character kept in place so that positions still give line numbers.
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return [...code.matchAll(/(?<=[{;]\s*)([-a-z]+)\s*:\s*([^;{}]+)/g)].map((m) => {
    const line = code.slice(0, m.index).split('\n').length;
    return { file, line, property: m[1]!, value: m[2]!.trim(), physical: reasons.get(line) };
  });
}

const isZero = (length: string | undefined) => length === undefined || /^[-+]?0+(\.0+)?[a-z%]*$/.test(length);

/** Why a declaration would not mirror, or undefined when it does. */
function physicalSide({ property, value }: Declaration): string | undefined {
  if (PHYSICAL_PROPERTY.test(property)) return `${property} names a side: use its inline-start/inline-end form`;
  if (property !== 'content' && /\b(left|right)\b/.test(value)) return `"${value}" names a side: use start/end`;
  const values = split(value.replace(/!important$/, ''), ' ');
  if (FOUR_SIDES.has(property) && values.length === 4 && values[1] !== values[3]) return `${property}: ${value} has different left and right: use ${property}-block and ${property}-inline`;
  if (property === 'border-radius') {
    const [a, b = a, c = a, d = b] = split(value.split('/')[0]!, ' ');
    if (a !== b || c !== d) return `border-radius: ${value} rounds one side's corners only: use border-start-end-radius and the like`;
  }
  if (property === 'transform' && /translateX\((?!\s*0[\s)])|translate\((?!\s*0\s*[,)])/.test(value)) return `${value} moves sideways, which does not mirror`;
  if (property === 'translate' && !isZero(values[0])) return `translate: ${value} moves sideways, which does not mirror`;
  if (property === 'box-shadow') {
    for (const shadow of split(value, ',')) {
      const lengths = split(shadow, ' ').filter((t) => t !== 'inset' && /^[-+]?[\d.]/.test(t));
      if (!isZero(lengths[0])) return `box-shadow: ${shadow} falls to one side, which does not mirror`;
    }
  }
  return undefined;
}

describe('our styles on a right-to-left page', () => {
  const all = stylesheets().flatMap(({ file, css }) => declarations(file, css));

  it('are read: every stylesheet, with its declarations', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(new Set(all.map((d) => d.file))).toContain(path.join('src', 'styles', 'global.css'));
  });

  it('name no left or right, unless a declaration says why it means one', () => {
    const problems = all.filter((d) => d.physical === undefined).flatMap((d) => {
      const why = physicalSide(d);
      return why ? [`${d.file}:${d.line}: ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('say why wherever they do mean a side', () => {
    const marked = all.filter((d) => d.physical !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    for (const d of marked) expect(d.physical!.length, `${d.file}:${d.line}`).toBeGreaterThan(10);
  });

  it('keep code, keys and samples left to right, apart from the words around them', () => {
    const rule = /\.prose :is\(pre, code, kbd, samp, \.code-block\)\s*\{\s*direction:\s*ltr;\s*unicode-bidi:\s*isolate;\s*\}/;
    expect(fs.readFileSync('src/styles/global.css', 'utf8')).toMatch(rule);
  });
});

describe('the check itself', () => {
  const check = (css: string) => declarations('x.css', css).map(physicalSide).filter(Boolean).length;

  it('finds every way a side can be named', () => {
    for (const css of [
      '.a { margin-left: 1rem; }',
      '.a { left: 0; }',
      '.a { border-right-color: red; }',
      '.a { border-top-left-radius: 4px; }',
      '.a { text-align: right; }',
      '.a { float: left; }',
      '.a { padding: 0 1rem 0 2rem; }',
      '.a { inset: 0 auto auto 0; }',
      '.a { border-radius: 0 4px 4px 0; }',
      '.a { transform: translateX(4px); }',
      '.a { transform: translate(-50%, -50%); }',
      '.a { box-shadow: inset 3px 0 red; }',
    ]) expect(check(css), css).toBe(1);
  });

  it('lets through what mirrors by itself', () => {
    for (const css of [
      '.a { margin-inline-start: 1rem; }',
      '.a { text-align: start; }',
      '.a { padding: 0 1rem; }',
      '.a { margin: 0 1rem 0.5rem; }',
      '.a { padding: 1rem 2rem 0.5rem 2rem; }',
      '.a { border-radius: 4px; }',
      '.a { transform: translateY(-50%) rotate(45deg); }',
      '.a { box-shadow: 0 4px 14px rgb(0 0 0 / 0.25); }',
      '.a[data-position="left"] { inset-inline-start: 1rem; }',
      '.a::before { content: "left"; }',
    ]) expect(check(css), css).toBe(0);
  });
});
