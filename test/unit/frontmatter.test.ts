import { describe, expect, it } from 'vitest';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/content/frontmatter';

const text = (...lines: string[]) => lines.join('\n');

describe('splitFrontmatter', () => {
  it('separates the YAML between the two --- lines from the body, with their file lines', () => {
    const split = splitFrontmatter(text('---', 'title: Refunds', 'section: invoices', '---', '', '# Refunds', 'Body.'));
    expect(split).toEqual({
      yaml: 'title: Refunds\nsection: invoices',
      yamlFirstLine: 2,
      body: '\n# Refunds\nBody.',
      bodyFirstLine: 5,
    });
  });

  it('handles Windows line endings', () => {
    const split = splitFrontmatter('---\r\ntitle: Refunds\r\n---\r\nBody.\r\nMore.');
    expect(split.yaml).toBe('title: Refunds');
    expect(split.body).toBe('Body.\nMore.');
    expect(split.bodyFirstLine).toBe(4);
  });

  it('returns no YAML when the file does not start with ---', () => {
    const source = text('# Refunds', '---', 'title: not frontmatter', '---');
    expect(splitFrontmatter(source)).toEqual({ yaml: undefined, yamlFirstLine: 1, body: source, bodyFirstLine: 1 });
  });

  it('treats an unclosed block as frontmatter running to the end of the file', () => {
    const split = splitFrontmatter(text('---', 'title: Refunds', 'section: invoices'));
    expect(split.yaml).toBe('title: Refunds\nsection: invoices');
    expect(split.body).toBe('');
  });

  it('accepts an empty frontmatter block', () => {
    const split = splitFrontmatter(text('---', '---', 'Body.'));
    expect(split.yaml).toBe('');
    expect(split.body).toBe('Body.');
    expect(split.bodyFirstLine).toBe(3);
  });
});

describe('parseYamlWithLines', () => {
  const yaml = text(
    'title: Refunds', //          1
    'labels: [billing, tax]', //  2
    'redirectFrom:', //           3
    '  - /articles/money-back/', // 4
    '  - /articles/refund/', //   5
    'requestTypes:', //           6
    '  - value: billing', //      7
    '    label: Billing', //      8
    '  - value: bug', //          9
    '    label: A problem', //   10
  );

  it('returns the data', () => {
    const parsed = parseYamlWithLines(yaml);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toMatchObject({
      title: 'Refunds',
      labels: ['billing', 'tax'],
      redirectFrom: ['/articles/money-back/', '/articles/refund/'],
    });
  });

  it('finds the line of a top-level key', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['title'])).toBe(1);
    expect(lineOf(['redirectFrom'])).toBe(3);
  });

  it('finds the line of a list item', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['redirectFrom', 0])).toBe(4);
    expect(lineOf(['redirectFrom', 1])).toBe(5);
    expect(lineOf(['labels', 1])).toBe(2);
  });

  it('finds the line of a key inside a list of objects', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['requestTypes', 1, 'label'])).toBe(10);
    expect(lineOf(['requestTypes', 1])).toBe(9);
  });

  it('falls back to the nearest existing parent for an absent nested key', () => {
    const { lineOf } = parseYamlWithLines(yaml);
    expect(lineOf(['requestTypes', 0, 'note'])).toBe(7);
    expect(lineOf(['redirectFrom', 7])).toBe(3);
  });

  it('gives line 1 for an absent top-level key of a YAML file', () => {
    expect(parseYamlWithLines(yaml).lineOf(['author'])).toBe(1);
  });

  it('adds the offset of frontmatter to every line', () => {
    const { lineOf } = parseYamlWithLines(yaml, 2);
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['redirectFrom', 1])).toBe(6);
    // An absent key points at the opening `---`, the line before the YAML.
    expect(lineOf(['author'])).toBe(1);
  });

  it('reports syntax errors with their file line and no data', () => {
    const parsed = parseYamlWithLines(text('title: Export', 'description: How to: export', 'section: invoices'), 2);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(3);
    expect(parsed.errors[0]?.message).not.toContain('\n');
  });
});
