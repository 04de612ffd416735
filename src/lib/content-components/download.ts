/**
 * Downloads: a file under public/ offered with its name, its type and its size, all known when
 * the site is built, so a visitor knows what they are about to get ("CSV spreadsheet, 2.4 kB").
 */
import fs from 'node:fs';
import path from 'node:path';

/** What a visitor is told a file is, by its extension. Other extensions are named by their letters ("XYZ file"). */
export const FILE_TYPES: Record<string, string> = {
  pdf: 'PDF document',
  csv: 'CSV spreadsheet',
  xlsx: 'Excel workbook',
  xls: 'Excel workbook',
  ods: 'OpenDocument spreadsheet',
  docx: 'Word document',
  odt: 'OpenDocument text',
  txt: 'Text file',
  json: 'JSON file',
  xml: 'XML file',
  zip: 'ZIP archive',
  png: 'PNG image',
  jpg: 'JPEG image',
  jpeg: 'JPEG image',
  svg: 'SVG image',
  vtt: 'WebVTT captions',
  mp4: 'MP4 video',
  webm: 'WebM video',
  ics: 'Calendar file',
  vcf: 'Contact card',
};

export function fileTypeOf(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (!ext) return 'File';
  return FILE_TYPES[ext] ?? `${ext.toUpperCase()} file`;
}

/** A size as people read it, in powers of 1000: "850 bytes", "2.4 kB", "1.3 MB". */
export function formatBytes(bytes: number, locale = 'en'): string {
  if (bytes < 1000) return `${new Intl.NumberFormat(locale).format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
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

export function downloadView(file: string, bytes: number, options: { title?: string; locale?: string } = {}): DownloadView {
  const fileName = file.split('/').pop()!;
  return { href: file, label: options.title ?? fileName, fileName, type: fileTypeOf(file), size: formatBytes(bytes, options.locale) };
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
