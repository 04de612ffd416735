import fs from 'node:fs';
import path from 'node:path';
import { projectRelative } from '../config/paths';
import type { CollectionSpec, SourceFile } from '../lib/validate-content';

const EXTENSIONS = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] } as const;

/** Every file of a collection's folder, with paths relative to the project root, in a stable order. */
export function readCollectionFiles(contentDir: string, spec: CollectionSpec): SourceFile[] {
  const dir = path.join(contentDir, spec.dir);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => (EXTENSIONS[spec.kind] as readonly string[]).includes(path.extname(name)))
    .sort()
    .map((name) => {
      const full = path.join(dir, name);
      return { path: projectRelative(full), text: fs.readFileSync(full, 'utf8') };
    });
}
