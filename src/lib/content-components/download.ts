/**
 * Downloads: a file under public/ offered with its name, its type and its size, all known when
 * the site is built, so a visitor knows what they are about to get ("CSV spreadsheet, 2.4 kB").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteMessageKey, SiteWords } from '../../i18n';

/** What a visitor is told a file is, by its extension (the messages that name it). Other extensions are named by their letters ("XYZ file"). */
export const FILE_TYPES = {
  pdf: 'content.fileTypePdf',
  csv: 'content.fileTypeCsv',
  xlsx: 'content.fileTypeExcel',
  xls: 'content.fileTypeExcel',
  ods: 'content.fileTypeOdsSpreadsheet',
  docx: 'content.fileTypeWord',
  odt: 'content.fileTypeOdtText',
  txt: 'content.fileTypeText',
  json: 'content.fileTypeJson',
  xml: 'content.fileTypeXml',
  zip: 'content.fileTypeZip',
  png: 'content.fileTypePng',
  jpg: 'content.fileTypeJpeg',
  jpeg: 'content.fileTypeJpeg',
  svg: 'content.fileTypeSvg',
  vtt: 'content.fileTypeCaptions',
  mp4: 'content.fileTypeMp4',
  webm: 'content.fileTypeWebm',
  ics: 'content.fileTypeCalendar',
  vcf: 'content.fileTypeContact',
} as const satisfies Record<string, SiteMessageKey>;

const SIZE_UNITS = ['content.sizeKilobytes', 'content.sizeMegabytes', 'content.sizeGigabytes'] as const;

/** The words a download is described with. */
export type DownloadWords = SiteWords<
  (typeof FILE_TYPES)[keyof typeof FILE_TYPES] | (typeof SIZE_UNITS)[number] | 'content.fileTypeOther' | 'content.fileTypeUnknown' | 'content.sizeBytes'
>;

export function fileTypeOf(file: string, { t }: DownloadWords): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (!ext) return t('content.fileTypeUnknown');
  return Object.hasOwn(FILE_TYPES, ext) ? t(FILE_TYPES[ext as keyof typeof FILE_TYPES]) : t('content.fileTypeOther', { extension: ext.toUpperCase() });
}

/** A size as people read it, in powers of 1000, its number written the language's way: "850 bytes", "2.4 kB", "1,3 MB". */
export function formatBytes(bytes: number, { t, locale }: DownloadWords): string {
  if (bytes < 1000) return t('content.sizeBytes', { count: bytes });
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return t(SIZE_UNITS[unit]!, { size: new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value) });
}

export interface DownloadView {
  href: string;
  /** The link's words: the writer's title, or the file's name. */
  label: string;
  /** The file's own name, which the browser saves it as. */
  fileName: string;
  type: string;
  size: string;
}

export function downloadView(file: string, bytes: number, options: { title?: string }, words: DownloadWords): DownloadView {
  const fileName = file.split('/').pop()!;
  return { href: file, label: options.title ?? fileName, fileName, type: fileTypeOf(file, words), size: formatBytes(bytes, words) };
}

/**
 * The size of a file of public/ named by its path on the site ("/downloads/x.csv"). Throws when
 * it is missing or lies outside public/: the content check names the writer's line first.
 */
export function publicFileSize(publicDir: string, sitePath: string): number {
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${decodeURI(sitePath)}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new Error(`${sitePath} is not a file under ${path.relative(process.cwd(), root) || 'public'}/`);
  }
  return fs.statSync(file).size;
}
