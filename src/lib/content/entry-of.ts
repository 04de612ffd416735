/**
 * The content entry a page renders, by id. The models and the entries are made from the same
 * collections in one pass (src/data/site-model.ts), so a missing entry is a bug of the site's
 * code, not a writer's mistake: it stops the build naming the id instead of rendering nothing.
 */
export function entryOf<E>(entries: ReadonlyMap<string, E>, id: string, kind: string): E {
  const entry = entries.get(id);
  if (entry === undefined) throw new Error(`the ${kind} "${id}" is in the site's model but has no content entry to render (src/data/site-model.ts builds both)`);
  return entry;
}
