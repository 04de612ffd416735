import { describe, expect, it } from 'vitest';
import { formatCheckLine, formatCheckReport, formatContentError, formatContentErrors, formatContentWarnings, formatGithubAnnotation, formatMarkdownSummary, type ContentError } from '../../src/lib/checks/errors';

function error(file: string, line: number | undefined, message = `problem at ${line}`): ContentError {
  return { code: 'invalid-field', file, line, message, hint: `fix line ${line}` };
}

describe('formatContentError', () => {
  it('prints file:line: message, then the hint on an indented line', () => {
    const e: ContentError = {
      code: 'unknown-section', file: 'content/articles/billing/refunds.mdx', line: 4,
      message: '`section: invoicse` names no section', hint: 'use the file name of a file in content/sections/',
    };
    expect(formatContentError(e)).toBe(
      'content/articles/billing/refunds.mdx:4: `section: invoicse` names no section\n    → use the file name of a file in content/sections/',
    );
  });

  it('leaves out the line when there is none', () => {
    expect(formatContentError(error('content/settings.yaml', undefined, 'the file is missing')).split('\n')[0]).toBe(
      'content/settings.yaml: the file is missing',
    );
  });
});

describe('formatContentErrors', () => {
  it('starts with a count of the problems', () => {
    expect(formatContentErrors([error('a.mdx', 1)]).split('\n')[0]).toBe(
      '1 problem in content/ must be fixed before the site can build:',
    );
    expect(formatContentErrors([error('a.mdx', 1), error('a.mdx', 2)]).split('\n')[0]).toMatch(/^2 problems /);
  });

  it('sorts by file, then by line as a number', () => {
    const report = formatContentErrors([
      error('content/b.mdx', 3),
      error('content/a.mdx', 10),
      error('content/a.mdx', 2),
      error('content/a.mdx', undefined, 'whole file'),
    ]);
    const firstLines = report.split('\n').filter((l) => l.startsWith('content/'));
    expect(firstLines).toEqual([
      'content/a.mdx: whole file',
      'content/a.mdx:2: problem at 2',
      'content/a.mdx:10: problem at 10',
      'content/b.mdx:3: problem at 3',
    ]);
  });

  it('keeps every hint under its own error', () => {
    const lines = formatContentErrors([error('b.mdx', 1), error('a.mdx', 5)]).split('\n');
    expect(lines.slice(1)).toEqual(['a.mdx:5: problem at 5', '    → fix line 5', 'b.mdx:1: problem at 1', '    → fix line 1']);
  });

  it('does not reorder the caller\'s array', () => {
    const errors = [error('b.mdx', 1), error('a.mdx', 1)];
    formatContentErrors(errors);
    expect(errors.map((e) => e.file)).toEqual(['b.mdx', 'a.mdx']);
  });
});

describe('the one-line forms of npm run check', () => {
  const typo: ContentError = { code: 'unknown-section', file: 'content/articles/a.mdx', line: 4, column: 10, message: '`section: x` names no section', hint: 'use a file name of content/sections/' };
  const long: ContentError = { code: 'long-title', file: 'content/articles/a.mdx', line: 2, column: 1, message: 'the title is long', hint: 'shorten it', severity: 'warning' };

  it('prints path:line:col  message  (hint), warnings marked, sorted by place', () => {
    expect(formatCheckLine(typo)).toBe('content/articles/a.mdx:4:10  `section: x` names no section  (use a file name of content/sections/)');
    expect(formatCheckReport([typo, long]).split('\n')).toEqual([
      'content/articles/a.mdx:2:1  warning: the title is long  (shorten it)',
      formatCheckLine(typo),
    ]);
  });

  it('becomes a GitHub annotation on the named line, with the characters GitHub reserves escaped', () => {
    expect(formatGithubAnnotation(typo)).toBe('::error file=content/articles/a.mdx,line=4,col=10,title=Must be fixed::`section: x` names no section → use a file name of content/sections/');
    expect(formatGithubAnnotation(long)).toMatch(/^::warning file=content\/articles\/a\.mdx,line=2,col=1,title=Could be better::/);
    const odd = formatGithubAnnotation({ ...typo, file: 'content/a,b:c.mdx', message: '100% wrong\nreally' });
    expect(odd).toContain('file=content/a%2Cb%3Ac.mdx,');
    expect(odd).toContain('::100%25 wrong%0Areally → ');
  });

  it('summarises as a Markdown table whose cells cannot break the table', () => {
    const summary = formatMarkdownSummary([typo, { ...long, message: 'a | b' }], 12);
    expect(summary).toContain('### Content check: 1 problem to fix, 1 warning');
    expect(summary).toContain('12 content files checked.');
    expect(summary).toContain('| warning | `content/articles/a.mdx:2:1` | a \\| b | shorten it |');
    expect(formatMarkdownSummary([], 3)).toContain('no problems, 0 warnings');
  });
});

describe('formatContentWarnings', () => {
  it('prints each warning as file:line:column: warning: …, sorted, under a heading that says the build goes on', () => {
    const text = formatContentWarnings([
      { code: 'unused-snippet', file: 'content/snippets/b.mdx', line: 1, column: 1, message: 'the snippet "b" appears on no page', hint: 'include it' },
      { code: 'unknown-alert', file: 'content/articles/a.mdx', line: 7, column: 1, message: '[!DANGER] is not an alert type', hint: 'use [!CAUTION]' },
    ]);
    expect(text.split('\n')).toEqual([
      '2 warnings in content/ (the site still builds):',
      'content/articles/a.mdx:7:1: warning: [!DANGER] is not an alert type',
      '    → use [!CAUTION]',
      'content/snippets/b.mdx:1:1: warning: the snippet "b" appears on no page',
      '    → include it',
    ]);
  });
});
