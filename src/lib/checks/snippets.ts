/**
 * Snippets across files: a snippet that includes itself, directly or through others, would
 * never finish rendering, so it fails the build at the `<Snippet>` that closes the circle; a
 * snippet no page includes is published nowhere, which is worth a warning (it may be on its way
 * into a page) but not a failed build. Unknown ids are refused where they are written, by the
 * props check (src/schemas/content-components.ts).
 */
import { COLLECTION_TABLE } from '../content/collections';
import type { ComponentUse } from '../content-components/usage';
import type { ContentError } from './errors';
import { findDuplicateSlugs, type ParsedEntry } from './knowledge-base';

const includes = (entry: ParsedEntry): (ComponentUse & { id: string })[] =>
  (entry.uses ?? []).filter((u) => u.name === 'Snippet' && typeof u.props.id === 'string').map((u) => ({ ...u, id: u.props.id as string }));

/** Two snippets of one name (in two folders), cycles and unused snippets. `pages` are every other MDX entry (articles, FAQ pages, questions, answers), drafts included. */
export function checkSnippets(snippets: readonly ParsedEntry[], pages: readonly ParsedEntry[]): { errors: ContentError[]; warnings: ContentError[] } {
  const byId = new Map(snippets.map((s) => [s.slug, s]));
  const edges = new Map(snippets.map((s) => [s.slug, includes(s).filter((u) => byId.has(u.id))]));

  /** A path of includes from `from` to `to`, as ids, or undefined when there is none. */
  const pathBetween = (from: string, to: string): string[] | undefined => {
    const previous = new Map<string, string>([[from, '']]);
    const queue = [from];
    while (queue.length) {
      const id = queue.shift()!;
      if (id === to) {
        const path = [id];
        for (let p = previous.get(id)!; p; p = previous.get(p)!) path.unshift(p);
        return path;
      }
      for (const next of edges.get(id) ?? []) {
        if (previous.has(next.id)) continue;
        previous.set(next.id, id);
        queue.push(next.id);
      }
    }
    return undefined;
  };

  const errors: ContentError[] = [...findDuplicateSlugs(COLLECTION_TABLE.snippets, snippets)];
  for (const snippet of snippets) {
    for (const use of edges.get(snippet.slug)!) {
      const back = pathBetween(use.id, snippet.slug);
      if (!back) continue;
      const circle = [snippet.slug, ...back];
      errors.push({
        code: 'snippet-cycle', file: snippet.file, line: use.line, column: use.column,
        message: `the snippet "${snippet.slug}" includes itself${circle.length > 2 ? ` through ${circle.slice(1, -1).map((id) => `"${id}"`).join(', ')}` : ''}: ${circle.join(' → ')}`,
        hint: circle.length > 2
          ? `a snippet cannot include itself, directly or through others: remove this <Snippet id="${use.id}" />, or the <Snippet id="${snippet.slug}" /> in ${byId.get(circle.at(-2)!)!.file}`
          : `a snippet cannot include itself: remove this <Snippet id="${use.id}" />`,
      });
    }
  }

  const reached = new Set<string>();
  const queue = pages.flatMap((p) => includes(p).map((u) => u.id));
  while (queue.length) {
    const id = queue.shift()!;
    if (reached.has(id) || !byId.has(id)) continue;
    reached.add(id);
    queue.push(...edges.get(id)!.map((u) => u.id));
  }
  const warnings = snippets
    .filter((s) => !reached.has(s.slug))
    .map((s): ContentError => {
      const includedBy = snippets.filter((other) => edges.get(other.slug)!.some((u) => u.id === s.slug)).map((o) => `"${o.slug}"`);
      return {
        code: 'unused-snippet', file: s.file, line: 1, column: 1,
        message: includedBy.length
          ? `the snippet "${s.slug}" appears on no page: only the snippet${includedBy.length > 1 ? 's' : ''} ${includedBy.join(', ')} include${includedBy.length > 1 ? '' : 's'} it, and no page includes ${includedBy.length > 1 ? 'them' : 'that one'}`
          : `the snippet "${s.slug}" appears on no page: no article, FAQ page or post includes it`,
        hint: `include it with <Snippet id="${s.slug}" /> where it belongs, or delete the file if no page needs it any more`,
      };
    });
  return { errors, warnings };
}
