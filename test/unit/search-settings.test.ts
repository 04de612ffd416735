import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/lib/content/settings';

const REQUIRED = ['siteName: Larkspur Help Center', 'baseUrl: https://help.larkspur.example', 'supportEmail: support@larkspur.example'];
const parse = (...lines: string[]) => parseSettings(`${[...REQUIRED, ...lines].join('\n')}\n`, 'content/settings.yaml');

describe('the search settings', () => {
  it('default to highlighting, 6 suggestions and 10 results a page', () => {
    expect(parse().settings?.search).toEqual({ highlightTerms: true, suggestions: 6, resultsPerPage: 10, snippetWords: 24, debounceMs: 150 });
  });

  it('keep what is given and fill in the rest', () => {
    expect(parse('search:', '  highlightTerms: false', '  resultsPerPage: 25').settings?.search).toMatchObject({ highlightTerms: false, resultsPerPage: 25, suggestions: 6 });
  });

  it('report a wrong value or an unknown key at its line', () => {
    const { errors } = parse('search:', '  suggestions: 0', '  highlight: true');
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [5, '`search.suggestions` is not valid: Too small: expected number to be >=1'],
      [6, 'unknown setting highlight'],
    ]);
  });
});
