/** The keyboard and memory of tab groups, shared by the page script (src/scripts/content/tabs.ts) and its tests. */

/**
 * Which tab a key moves to in a list of `count` tabs, from the one at `current`: the arrows go
 * round, Home and End go to the ends (the WAI-ARIA tabs pattern). Undefined for other keys.
 * Right to left the list runs leftwards, so there the left arrow is the one that goes on.
 */
export function tabIndexAfterKey(key: string, current: number, count: number, direction: 'ltr' | 'rtl'): number | undefined {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case back:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Where the label last chosen in the groups of one sync key is remembered: "help-center:tabs:os". */
export const tabStorageKey = (syncKey: string) => `help-center:tabs:${syncKey}`;
