import { describe, expect, it } from 'vitest';
import { keysProblem, parseKeys } from '../../src/lib/content-components/kbd';

describe('parseKeys', () => {
  it('splits a combination at its pluses, a "+" key itself last', () => {
    expect(parseKeys('Ctrl+Shift+K')).toEqual(['Ctrl', 'Shift', 'K']);
    expect(parseKeys('Ctrl + K')).toEqual(['Ctrl', 'K']);
    expect(parseKeys('Ctrl++')).toEqual(['Ctrl', '+']);
    expect(keysProblem('Ctrl+')).toMatch(/name every key/);
    expect(keysProblem('Ctrl++')).toBeUndefined();
  });
});
