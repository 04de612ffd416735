import { describe, expect, it } from 'vitest';
import type { Choice } from '../../src/lib/search/suggestions';
import { answered, choiceAt, closed, emptied, highlighted, initialBox, keyStep, opened, showsAgain } from '../../src/scripts/search/combobox-state';

/**
 * What a search box knows and what each key does with it, without a browser. The box itself
 * (drawing, focus, Pagefind) is tested in Chromium (test/e2e/search-box.test.ts).
 */
const choice = (href: string): Choice => ({ kind: 'result', href, title: href, path: 'Article', excerptHtml: '' });
const list = answered('refund', [choice('/a/'), choice('/b/'), choice('/c/')]);
const typed = (words: string) => ({ words, hasText: words !== '' });

describe('the state of a box', () => {
  it('starts closed, answering nothing', () => {
    expect(initialBox()).toEqual({ choices: [], shownFor: '', active: -1, open: false });
  });

  it('shows new answers open, with nothing highlighted, whatever was highlighted before', () => {
    expect(list).toMatchObject({ shownFor: 'refund', active: -1, open: true });
    expect(list.choices.map((c) => c.href)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('forgets the highlight when it closes, keeps the answers, and reopens as it was', () => {
    const shut = closed(highlighted(list, 2));
    expect(shut).toMatchObject({ open: false, active: -1, shownFor: 'refund' });
    expect(opened(shut)).toEqual({ ...list, open: true });
  });

  it('answers nothing once the field is emptied', () => {
    expect(emptied(highlighted(list, 1))).toMatchObject({ open: false, active: -1, shownFor: '' });
  });

  it('shows the list again only for the words it answers', () => {
    expect(showsAgain(list, 'refund')).toBe(true);
    expect(showsAgain(list, 'refunds')).toBe(false);
    expect(showsAgain(initialBox(), '')).toBe(false);
  });

  it('finds the choice of an option, and none outside the list', () => {
    expect(choiceAt(list, 1)?.href).toBe('/b/');
    expect(choiceAt(list, -1)).toBeUndefined();
    expect(choiceAt(list, 3)).toBeUndefined();
  });
});

describe('keyStep', () => {
  it('moves the highlight of an open list with the arrows, round the ends, keeping the caret still', () => {
    expect(keyStep(list, 'ArrowDown', typed('refund'))).toEqual({ preventDefault: true, do: 'highlight', index: 0 });
    expect(keyStep(list, 'ArrowUp', typed('refund'))).toEqual({ preventDefault: true, do: 'highlight', index: 2 });
    expect(keyStep(highlighted(list, 2), 'ArrowDown', typed('refund'))).toEqual({ preventDefault: true, do: 'highlight', index: 0 });
    expect(keyStep(answered('x', []), 'ArrowDown', typed('x'))).toEqual({ preventDefault: true, do: 'nothing' });
  });

  it('on a closed list, an arrow reopens the answers to the same words, or searches new ones', () => {
    const shut = closed(list);
    expect(keyStep(shut, 'ArrowDown', typed('refund'))).toEqual({ preventDefault: true, do: 'open' });
    expect(keyStep(shut, 'ArrowUp', typed('invoice'))).toEqual({ preventDefault: true, do: 'search', query: 'invoice' });
    expect(keyStep(shut, 'ArrowDown', typed(''))).toEqual({ preventDefault: true, do: 'nothing' });
  });

  it('opens the highlighted choice with Enter, and otherwise lets the form submit', () => {
    expect(keyStep(highlighted(list, 1), 'Enter', typed('refund'))).toEqual({ preventDefault: true, do: 'go', href: '/b/' });
    expect(keyStep(list, 'Enter', typed('refund'))).toEqual({ preventDefault: false, do: 'nothing' });
    expect(keyStep({ ...highlighted(list, 1), open: false }, 'Enter', typed('refund'))).toEqual({ preventDefault: false, do: 'nothing' });
  });

  it('with Escape, closes the list, then clears the words, then leaves the box', () => {
    expect(keyStep(list, 'Escape', typed('refund'))).toEqual({ preventDefault: true, do: 'close' });
    expect(keyStep(closed(list), 'Escape', typed('refund'))).toEqual({ preventDefault: true, do: 'clear' });
    // Spaces alone are no words to search, but still text to clear.
    expect(keyStep(closed(list), 'Escape', { words: '', hasText: true })).toEqual({ preventDefault: true, do: 'clear' });
    expect(keyStep(closed(list), 'Escape', typed(''))).toEqual({ preventDefault: true, do: 'leave' });
  });

  it('closes the list on Tab without keeping focus, and leaves other keys to the field', () => {
    expect(keyStep(list, 'Tab', typed('refund'))).toEqual({ preventDefault: false, do: 'close' });
    expect(keyStep(list, 'a', typed('refund'))).toEqual({ preventDefault: false, do: 'nothing' });
    expect(keyStep(list, 'Home', typed('refund'))).toEqual({ preventDefault: false, do: 'nothing' });
  });
});
