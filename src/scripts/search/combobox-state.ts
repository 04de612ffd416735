/**
 * What one search box knows between two events, and what a key pressed in its field does with
 * that, decided without the DOM. ./combobox.ts draws the state and wires the events.
 */
import { escapeAction, nextActive, type Choice } from '../../lib/search/suggestions';

export interface BoxState {
  /** The options of the list, in their order on screen. */
  choices: readonly Choice[];
  /** The words the list answers: '' before the first answer and once the field is emptied. */
  shownFor: string;
  /** The highlighted option (aria-activedescendant), -1 for none. */
  active: number;
  open: boolean;
}

export const initialBox = (): BoxState => ({ choices: [], shownFor: '', active: -1, open: false });

/** New answers for `query`: the list shows them with nothing highlighted. */
export const answered = (query: string, choices: readonly Choice[]): BoxState => ({ choices, shownFor: query, active: -1, open: true });

export const opened = (state: BoxState): BoxState => ({ ...state, open: true });

/** A closed list highlights nothing, so that reopening it starts from the field again. */
export const closed = (state: BoxState): BoxState => ({ ...state, open: false, active: -1 });

/** The field emptied: the list closes and answers nothing any more. */
export const emptied = (state: BoxState): BoxState => ({ ...closed(state), shownFor: '' });

export const highlighted = (state: BoxState, index: number): BoxState => ({ ...state, active: index });

/** Whether the list can show again as it was: it still answers the words in the field. */
export const showsAgain = (state: BoxState, words: string): boolean => words !== '' && state.shownFor === words;

/** The choice an option of the list stands for, if there is one at that index. */
export const choiceAt = (state: BoxState, index: number): Choice | undefined => (index >= 0 ? state.choices[index] : undefined);

/** What a key leads to. */
export type KeyAction =
  | { do: 'nothing' }
  | { do: 'highlight'; index: number }
  | { do: 'open' }
  | { do: 'search'; query: string }
  | { do: 'go'; href: string }
  | { do: 'close' }
  | { do: 'clear' }
  | { do: 'leave' };

/** A key's action, and whether it stops the browser's own handling of the key (moving the caret, submitting). */
export type KeyStep = KeyAction & { preventDefault: boolean };

/** The field as a key finds it: its tidied words, and whether it holds any text at all. */
export interface FieldNow {
  words: string;
  hasText: boolean;
}

/** What a key pressed in the field does, given the box's state. */
export function keyStep(state: BoxState, key: string, field: FieldNow): KeyStep {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp':
      return { preventDefault: true, ...arrowAction(state, key === 'ArrowDown' ? 1 : -1, field.words) };
    case 'Enter': {
      // Without a highlighted choice the form submits to /search/?q=… as it would without JavaScript.
      const choice = state.open ? choiceAt(state, state.active) : undefined;
      return choice ? { preventDefault: true, do: 'go', href: choice.href } : { preventDefault: false, do: 'nothing' };
    }
    case 'Escape': {
      const action = escapeAction(field.hasText, state.open);
      return { preventDefault: true, do: action === 'return-focus' ? 'leave' : action };
    }
    case 'Tab':
      return { preventDefault: false, do: 'close' };
    default:
      return { preventDefault: false, do: 'nothing' };
  }
}

/** An arrow on a closed list opens it (or searches the words it does not answer yet); on an open one, it moves the highlight. */
function arrowAction(state: BoxState, step: 1 | -1, words: string): KeyAction {
  if (!state.open) {
    if (!words) return { do: 'nothing' };
    return showsAgain(state, words) ? { do: 'open' } : { do: 'search', query: words };
  }
  if (!state.choices.length) return { do: 'nothing' };
  return { do: 'highlight', index: nextActive(state.active, step, state.choices.length) };
}
