import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadView, fileTypeOf, formatBytes, publicFileSize } from '../../src/lib/content-components/download';

describe('downloads', () => {
  it('says what a file is, and how big, as people read sizes', () => {
    expect(fileTypeOf('/downloads/a.CSV')).toBe('CSV spreadsheet');
    expect(fileTypeOf('/downloads/a.xyz')).toBe('XYZ file');
    expect(fileTypeOf('/downloads/README')).toBe('File');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(2_430)).toBe('2.4 kB');
    expect(formatBytes(123_456)).toBe('123 kB');
    expect(formatBytes(1_300_000)).toBe('1.3 MB');
    expect(downloadView('/downloads/t.csv', 266, { title: 'Template' })).toEqual({ href: '/downloads/t.csv', label: 'Template', fileName: 't.csv', type: 'CSV spreadsheet', size: '266 bytes' });
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
