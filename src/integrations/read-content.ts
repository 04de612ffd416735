import fs from 'node:fs';
import path from 'node:path';
import { projectRelative } from '../lib/content/paths';
import type { CollectionSpec } from '../lib/content/collections';
import { sortContentFiles } from '../lib/content/content-files';
import type { SourceFile } from '../lib/checks/knowledge-base';

/** Every file under a folder (the content folder, public/), relative to it with forward slashes, hidden ones included (the check names them). */
export function listContentFiles(contentDir: string): string[] {
  if (!fs.existsSync(contentDir)) return [];
  return (fs.readdirSync(contentDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The files of one collection, read, with paths relative to the project root. `relativePaths`
 * are the ones sortContentFiles gave it; without them the folder is listed here.
 */
export function readCollectionFiles(contentDir: string, spec: CollectionSpec, relativePaths?: readonly string[]): SourceFile[] {
  const files = relativePaths ?? sortContentFiles(listContentFiles(contentDir), projectRelative(contentDir)).byCollection.get(spec) ?? [];
  return files.map((relative) => ({
    path: projectRelative(path.join(contentDir, relative)),
    pathInFolder: relative.slice(spec.dir.length + 1),
    text: fs.readFileSync(path.join(contentDir, relative), 'utf8'),
  }));
}

/** The translations of one collection into one language, read, with paths relative to the project root. */
export function readTranslationFiles(contentDir: string, spec: CollectionSpec, files: readonly { file: string; locale: string }[]): (SourceFile & { locale: string })[] {
  return files.map(({ file, locale }) => ({
    path: projectRelative(path.join(contentDir, file)),
    pathInFolder: file.slice(locale.length + 1 + spec.dir.length + 1),
    text: fs.readFileSync(path.join(contentDir, file), 'utf8'),
    locale,
  }));
}

/** Every file of the content folder, sorted into collections and the site's languages' translations. */
export function contentFilesOf(contentDir: string, settings: { locale: string; locales: readonly { code: string }[] }) {
  const others = settings.locales.map((l) => l.code).filter((code) => code !== settings.locale);
  return sortContentFiles(listContentFiles(contentDir), projectRelative(contentDir), others);
}

/** The files visitors can fetch from public/, as paths on the site ("/downloads/x.csv"). */
export function listPublicFiles(publicDir = 'public'): string[] {
  return listContentFiles(publicDir).filter((f) => !f.split('/').some((s) => s.startsWith('.'))).map((f) => `/${f}`);
}
