import { describe, expect, it } from 'vitest';
import { entryOf } from '../../src/lib/content/entry-of';

describe('entryOf', () => {
  it('gives the entry of an id', () => {
    expect(entryOf(new Map([['refunds', { id: 'refunds' }]]), 'refunds', 'article')).toEqual({ id: 'refunds' });
  });

  it('stops with the kind and id when the model names an entry that is not there', () => {
    expect(() => entryOf(new Map(), 'refunds', 'article')).toThrow('the article "refunds" is in the site\'s model but has no content entry');
  });
});
