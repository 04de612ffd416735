import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { downloadView, fileTypeOf, formatBytes, publicFileSize } from '../../src/lib/content-components/download';

const en = translatorFor('en');

describe('downloads', () => {
  it('says what a file is, and how big, as people read sizes', () => {
    expect(fileTypeOf('/downloads/a.CSV', en)).toBe('CSV spreadsheet');
    expect(fileTypeOf('/downloads/a.xyz', en)).toBe('XYZ file');
    expect(fileTypeOf('/downloads/README', en)).toBe('File');
    expect(formatBytes(1, en)).toBe('1 byte');
    expect(formatBytes(850, en)).toBe('850 bytes');
    expect(formatBytes(2_430, en)).toBe('2.4 kB');
    expect(formatBytes(123_456, en)).toBe('123 kB');
    expect(formatBytes(1_300_000, en)).toBe('1.3 MB');
    expect(downloadView('/downloads/t.csv', 266, { title: 'Template' }, en)).toEqual({ href: '/downloads/t.csv', label: 'Template', fileName: 't.csv', type: 'CSV spreadsheet', size: '266 bytes' });
  });

  it('says it in the page\'s language, numbers written its way', () => {
    const de = translatorFor('de');
    const ar = translatorFor('ar');
    expect([fileTypeOf('/a.csv', de), fileTypeOf('/a.xyz', de), formatBytes(1, de), formatBytes(2_430, de), formatBytes(1_300_000, de)]).toEqual(['CSV-Tabelle', 'XYZ-Datei', '1 Byte', '2,4 kB', '1,3 MB']);
    expect([fileTypeOf('/a.pdf', ar), formatBytes(2, ar), formatBytes(5, ar), formatBytes(2_430, ar)]).toEqual(['مستند PDF', 'بايتان', '5 بايتات', '2.4 كيلوبايت']);
  });

  it('reads a public file\'s size, and refuses a missing one or one outside public/', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-'));
    fs.mkdirSync(path.join(dir, 'downloads'));
    fs.writeFileSync(path.join(dir, 'downloads', 'a b.txt'), 'hello');
    expect(publicFileSize(dir, '/downloads/a%20b.txt')).toBe(5);
    expect(() => publicFileSize(dir, '/downloads/missing.txt')).toThrow(/not a file under/);
    expect(() => publicFileSize(dir, '/../etc/passwd')).toThrow(/not a file under/);
  });
});
