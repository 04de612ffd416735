/**
 * Every file under content/ is either read by a collection, an image of content/images/, one of
 * the few documented exceptions, or a mistake the check reports: no file is ever left out of the
 * build without a word. Astro's loaders skip files they do not match (notes.md, Caps.MDX,
 * anything in a folder whose name starts with a dot), so this check names each such file, says
 * why and how to fix it.
 */
import type { ContentError } from '../checks/errors';
import { FIGURE_IMAGE_EXTENSIONS } from '../content-components/figure';
import { SLUG_PATTERN } from '../../schemas/shared';
import { COLLECTION_SPECS, collectionOfPath, TRANSLATION_SPECS, translationOfPath, type CollectionSpec, type TranslationSpec } from './collections';

/**
 * The one folder of content/ that holds files other than MDX and YAML: the images writers show
 * with <Figure src="…"> and as video posters, optimised when the site is built. Raster images
 * only: an SVG can carry a script, which would run on this site when a visitor opens the image
 * on its own (its "Open full size" link). Names are lower-case slugs, like every other file.
 */
export const IMAGES_DIR = 'images';

/** Files at the top of content/ that are not entries. */
export const ROOT_FILES = ['settings.yaml'];

/**
 * Files allowed anywhere and never published: a folder's README for the people editing it in
 * the repository's web editor, and .gitkeep, which keeps an empty folder in git.
 */
export const IGNORED_NAMES = ['README.md', '.gitkeep'];

const EXTENSIONS: Record<CollectionSpec['kind'], string[]> = { mdx: ['.mdx'], yaml: ['.yaml', '.yml'] };

const extensionOf = (name: string) => (/\.[^./]+$/.exec(name)?.[0] ?? '');

/** A slug a writer could rename a file to: "Über uns" → "uber-uns". */
export function suggestSlug(name: string): string {
  return name
    .replace(/ß/g, 'ss').replace(/æ/gi, 'ae').replace(/œ/gi, 'oe').replace(/ø/gi, 'o').replace(/ł/gi, 'l').replace(/đ/gi, 'd')
    .normalize('NFKD').replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'page';
}

/** A folder name that reads as a language tag ("de", "pt-BR", "zh-Hant"): with a content folder inside, a language folder of translations. */
const LOOKS_LIKE_LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export interface SortedContentFiles {
  byCollection: Map<CollectionSpec, string[]>;
  /** Translations by collection, each with the language of its folder. */
  translations: Map<TranslationSpec, { file: string; locale: string }[]>;
  images: string[];
  errors: ContentError[];
}

/**
 * The files each collection reads, and an error for each file that no collection would read.
 * `locales` are the site's other languages: content/<code>/ holds their translations.
 */
export function sortContentFiles(relativePaths: readonly string[], contentRoot = 'content', locales: readonly string[] = []): SortedContentFiles {
  const byCollection = new Map<CollectionSpec, string[]>(COLLECTION_SPECS.map((s) => [s, []]));
  const translations = new Map<TranslationSpec, { file: string; locale: string }[]>(TRANSLATION_SPECS.map((s) => [s, []]));
  const images: string[] = [];
  const errors: ContentError[] = [];
  const refuse = (file: string, code: string, message: string, hint: string) =>
    errors.push({ code, file: `${contentRoot}/${file}`, line: 1, column: 1, message, hint });
  const folders = COLLECTION_SPECS.map((s) => `${contentRoot}/${s.dir}/`).join(', ');

  for (const file of [...relativePaths].sort()) {
    const segments = file.split('/');
    const name = segments.at(-1)!;
    if (IGNORED_NAMES.includes(name)) continue;
    if (segments.length === 1 && ROOT_FILES.includes(name)) continue;
    const hidden = segments.findIndex((s) => s.startsWith('.'));
    if (hidden !== -1) {
      const what = hidden === segments.length - 1 ? 'its name starts with "."' : `it is inside the folder "${segments[hidden]}", whose name starts with "."`;
      refuse(file, 'hidden-file', `this file is not published: ${what}, and such files are never read`, `rename it (or move it out of that folder) to a name without the leading ".", e.g. ${contentRoot}/${segments.map((s) => s.replace(/^\.+/, '')).join('/')}`);
      continue;
    }
    if (segments[0] === IMAGES_DIR && segments.length > 1) {
      const problem = imageProblem(segments.slice(1));
      if (problem) refuse(file, problem.code, problem.message, problem.hint.replace('{folder}', `${contentRoot}/${IMAGES_DIR}/`));
      else images.push(segments.slice(1).join('/'));
      continue;
    }
    const translation = collectionOfPath(file) ? undefined : translationOfPath(file);
    if ((translation && LOOKS_LIKE_LOCALE.test(segments[0]!)) || (segments.length > 1 && locales.includes(segments[0]!))) {
      const locale = segments[0]!;
      if (segments.length === 2 && ROOT_FILES.includes(name) && locales.includes(locale)) continue;
      if (!locales.includes(locale)) {
        refuse(file, 'unknown-locale', `this file is not published: "${locale}" is not one of the site's languages`, locales.length
          ? `add { code: ${locale}, label: … } under \`locales\` in ${contentRoot}/settings.yaml, or move the file into one of the language folders: ${locales.map((l) => `${contentRoot}/${l}/`).join(', ')}`
          : `list the site's languages under \`locales\` in ${contentRoot}/settings.yaml (the default one included), e.g. [{ code: en, label: English }, { code: ${locale}, label: … }]`);
        continue;
      }
      if (!translation) {
        refuse(file, 'stray-file', 'this file is not published: it is in no content folder of its language', `a translation goes where its original is, under ${contentRoot}/${locale}/: e.g. ${contentRoot}/${locale}/articles/…, ${contentRoot}/${locale}/faq/…`);
        continue;
      }
      const kind = translation.spec.kind;
      const ext = extensionOf(name);
      if (EXTENSIONS[kind].includes(ext)) translations.get(translation.spec)!.push({ file, locale });
      else refuse(file, 'wrong-extension', `this file is not published: ${contentRoot}/${locale}/${translation.spec.dir}/ holds ${EXTENSIONS[kind][0]} files`, `rename it to ${name.slice(0, name.length - ext.length) || name}${EXTENSIONS[kind][0]}, the extension of its original`);
      continue;
    }
    const found = collectionOfPath(file);
    if (!found) {
      refuse(file, 'stray-file', 'this file is not published: it is in no content folder', `move it into one of ${folders} (images for figures go in ${contentRoot}/${IMAGES_DIR}/; for notes to other writers, name it README.md)`);
      continue;
    }
    const { spec } = found;
    const ext = extensionOf(name);
    if (EXTENSIONS[spec.kind].includes(ext)) {
      byCollection.get(spec)!.push(file);
      continue;
    }
    const expected = EXTENSIONS[spec.kind][0]!;
    const base = name.slice(0, name.length - ext.length);
    if (EXTENSIONS[spec.kind].includes(ext.toLowerCase())) {
      refuse(file, 'extension-case', `this file is not published: its extension "${ext}" must be written in lower case`, `rename it to ${base}${ext.toLowerCase()}`);
    } else if (spec.kind === 'mdx' && ['.md', '.markdown'].includes(ext.toLowerCase())) {
      refuse(file, 'markdown-extension', `this file is not published: ${spec.name} are .mdx files (Markdown with components), not ${ext}`, `rename it to ${base}.mdx; its Markdown stays as it is`);
    } else {
      refuse(file, 'wrong-extension', `this file is not published: ${contentRoot}/${spec.dir}/ holds ${expected} files${spec.kind === 'yaml' ? ' (or .yml)' : ''}`, `rename it to ${base || name}${expected} if it is one, or move it out of ${contentRoot}/${spec.dir}/ (images for figures go in ${contentRoot}/${IMAGES_DIR}/)`);
    }
  }
  return { byCollection, translations, images, errors };
}

/** Why a file under content/images/ (given as the path inside it, in segments) cannot be shown, or undefined. */
function imageProblem(segments: string[]): { code: string; message: string; hint: string } | undefined {
  const name = segments.at(-1)!;
  const ext = extensionOf(name);
  const base = name.slice(0, name.length - ext.length);
  if (ext.toLowerCase() === '.svg') {
    return { code: 'svg-image', message: 'this image is not published: SVG files can carry scripts, which would run on this site when the image is opened on its own', hint: `export it as a PNG (same name, .png) into {folder}; a developer can place a reviewed SVG under public/images/` };
  }
  if (!FIGURE_IMAGE_EXTENSIONS.includes(ext.toLowerCase())) {
    return { code: 'not-an-image', message: `this file is not published: the images folder holds ${FIGURE_IMAGE_EXTENSIONS.join(', ')} files only`, hint: 'save it as a PNG or JPEG image in {folder}, or move it out (files to download go under public/downloads/)' };
  }
  const bad = [...segments.slice(0, -1), base].find((part) => !SLUG_PATTERN.test(part));
  if (bad !== undefined || ext !== ext.toLowerCase()) {
    const fixed = [...segments.slice(0, -1).map((p) => (SLUG_PATTERN.test(p) ? p : suggestSlug(p))), `${SLUG_PATTERN.test(base) ? base : suggestSlug(base)}${ext.toLowerCase()}`].join('/');
    return { code: 'file-name-not-slug', message: `the image's name "${bad ?? name}" must be lower-case letters, digits and single hyphens, so that figures name it the same way on every computer`, hint: `rename it: {folder}${fixed}` };
  }
  return undefined;
}

/** An error when an entry's id, which becomes its URL or reference, is not a lower-case ASCII slug. */
export function checkFileSlug(spec: CollectionSpec, file: string, pathInFolder: string, data: Record<string, unknown>): ContentError | undefined {
  // The content folder as the file's own path names it (content/, or a fixture's folder).
  const contentRoot = file.endsWith(`/${spec.dir}/${pathInFolder}`) ? file.slice(0, -`/${spec.dir}/${pathInFolder}`.length) : 'content';
  if (spec.idFromFileName === 'stem-unless-slug' && typeof data.slug === 'string') return undefined;
  const folders = pathInFolder.split('/');
  const fileName = folders.pop()!;
  const ext = extensionOf(fileName);
  const fileStem = fileName.slice(0, fileName.length - ext.length);
  // Only an answer's folder (its question) is part of its id; other folders just group files.
  const idParts = spec.idFromFileName === 'path' ? [...folders, fileStem] : [fileStem];
  const bad = idParts.find((part) => !SLUG_PATTERN.test(part));
  if (bad === undefined) return undefined;
  const fix = (part: string) => (SLUG_PATTERN.test(part) ? part : suggestSlug(part));
  const fixed = [...(spec.idFromFileName === 'path' ? folders.map(fix) : folders), `${fix(fileStem)}${ext}`].join('/');
  return {
    code: 'file-name-not-slug', file, line: 1, column: 1,
    message: `the name "${bad}" becomes part of a URL or a reference, so it must be lower-case letters, digits and single hyphens`,
    hint: `rename it: ${contentRoot}/${spec.dir}/${fixed}${spec.idFromFileName === 'stem-unless-slug' ? ' (or keep the file name and set `slug:` in the frontmatter)' : ''}`,
  };
}
