import { editDistance } from './edit-distance';

/** Known names a misspelt one probably meant: containing it, contained in it, or a typo or two away. */
export function closeMatches(value: string, known: Iterable<string>, limit = 3): string[] {
  const typos = Math.max(2, Math.floor(value.length / 5));
  return [...known]
    .map((k) => ({ k, d: k.includes(value) || value.includes(k) ? 0 : editDistance(value, k, typos) }))
    .filter((x) => x.d <= typos)
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, limit)
    .map((x) => x.k);
}
