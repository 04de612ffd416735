
/** Markdown link targets and href attributes that stay on the site, with the line they are written on. */
export function internalLinks(body: string, bodyFirstLine: number): { target: string; line: number; column: number }[] {
  const found: { target: string; line: number; column: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\]\((\/[^)\s]*)|href=["'](\/[^"']*)["']/g)) {
      const target = m[1] ?? m[2]!;
      if (!target.startsWith('//')) found.push({ target, line: bodyFirstLine + i, column: m.index + m[0].indexOf(target) + 1 });
    }
  });
  return found;
}
