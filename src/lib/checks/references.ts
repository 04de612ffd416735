import { closeMatches } from '../text/close-matches';
import type { ContentError } from './errors';
import type { ParsedEntry } from './knowledge-base';

/**
 * A field that names an entry of another collection (a topic, an author, a category): an
 * unknown name is reported at the field, with the closest existing names and what to create.
 */
export function reference(entry: ParsedEntry, field: string, known: ReadonlySet<string>, what: string, where: string, create: string): ContentError[] {
  const value = entry.data[field];
  if (typeof value !== 'string' || known.has(value)) return [];
  const close = closeMatches(value, known);
  return [{
    code: `unknown-${what}`, file: entry.file, ...entry.positionOf([field]),
    message: `\`${field}: ${value}\` names no ${what}`,
    hint: `use the file name (without extension) of a file in ${where}${close.length ? `, e.g. ${close.join(' or ')}` : ''}${create ? `, or create ${create.replace('{value}', value)}` : ''}`,
  }];
}

/** The ids of some entries, to look references up in. */
export const slugs = (entries: readonly ParsedEntry[]) => new Set(entries.map((e) => e.slug));

