import path from 'node:path';
import type { VFile } from 'vfile';
import { collectionOfPath, translationOfPath, trustOf, type CollectionSpec, type TrustSettings } from '../lib/content/collections';
import type { Trust } from '../lib/checks/safe-mdx';

/** What the Markdown plugins are told about the site: where content lives and how far it is trusted. */
export interface ContentPipelineOptions {
  contentDir: string;
  trust: TrustSettings;
}

/** The collection and trust level of a file being compiled; undefined for the project's own files. */
export function contentFileOf(file: VFile, options: ContentPipelineOptions): { spec: CollectionSpec; trust: Trust } | undefined {
  if (!file.path) return undefined;
  const relative = path.relative(path.resolve(options.contentDir), path.resolve(file.path)).split(path.sep).join('/');
  if (relative.startsWith('../')) return undefined;
  // A translation (content/de/articles/…) is held to its original's trust level.
  const found = collectionOfPath(relative) ?? translationOfPath(relative);
  return found && found.spec.kind === 'mdx' ? { spec: found.spec, trust: trustOf(found.spec, options.trust) } : undefined;
}
