/** Keys and key combinations: `<Kbd keys="Ctrl+Shift+K" />` is three keys pressed together. */

/**
 * The keys of a combination written with "+" between them. A "+" key itself is written last
 * ("Ctrl++" is Ctrl and +); spaces around the "+" are allowed ("Ctrl + K").
 */
export function parseKeys(keys: string): string[] {
  const text = keys.trim();
  const plusKey = /\+\s*\+$/.test(text);
  const parts = (plusKey ? text.replace(/\+\s*\+$/, '') : text).split('+').map((k) => k.trim());
  return plusKey ? [...parts, '+'] : parts;
}

/** Why a combination cannot be shown, or undefined when each of its keys has a name. */
export function keysProblem(keys: string): string | undefined {
  const parts = parseKeys(keys);
  if (parts.some((k) => k === '')) return 'name every key, with "+" between them, e.g. keys="Ctrl+K" (a "+" key itself goes last: "Ctrl++")';
  return undefined;
}
