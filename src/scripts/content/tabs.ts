/**
 * Tab groups drawn by <Tabs> (src/components/content/Tabs.astro) get the keyboard of the WAI-ARIA
 * tabs pattern: the arrow keys move to the next or previous tab and show it, Home and End go to
 * the first and last, and only the chosen tab is in the Tab order (a roving tabindex). Groups
 * that share a sync key follow each other by label, and the last choice is remembered in this
 * browser, so a visitor on Windows sees Windows everywhere, on every page, after a reload too.
 * A link to something inside a hidden panel shows that panel first.
 */
import { tabIndexAfterKey, tabStorageKey } from '../../lib/content-components/tab-keys';

interface Group {
  root: HTMLElement;
  syncKey?: string;
  tabs: HTMLButtonElement[];
  panels: HTMLElement[];
}

function groupsIn(root: Document): Group[] {
  return [...root.querySelectorAll<HTMLElement>('[data-tabs]')].map((element) => {
    const tabs = [...element.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];
    const panels = tabs.map((t) => root.getElementById(t.getAttribute('aria-controls') ?? '')).filter((p): p is HTMLElement => p !== null);
    return { root: element, syncKey: element.dataset.syncKey || undefined, tabs, panels };
  });
}

function select(group: Group, index: number): void {
  group.tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    group.panels[i]?.toggleAttribute('hidden', !selected);
  });
}

function remember(syncKey: string, label: string): void {
  try {
    window.localStorage.setItem(tabStorageKey(syncKey), label);
  } catch {
    // Without storage the choice holds on this page only.
  }
}

function remembered(syncKey: string): string | null {
  try {
    return window.localStorage.getItem(tabStorageKey(syncKey));
  } catch {
    return null;
  }
}

/** Chooses `label` in every group of `syncKey` that has a tab so labelled. */
function selectEverywhere(groups: readonly Group[], syncKey: string, label: string): void {
  for (const group of groups.filter((g) => g.syncKey === syncKey)) {
    const index = group.tabs.findIndex((t) => t.textContent?.trim() === label);
    if (index !== -1) select(group, index);
  }
}

export function setUpTabs(root: Document): void {
  const all = groupsIn(root);
  for (const group of all.filter((g) => g.root.dataset.tabsReady === undefined)) {
    group.root.dataset.tabsReady = '';
    const choose = (index: number) => {
      const label = group.tabs[index]?.textContent?.trim() ?? '';
      if (group.syncKey) {
        selectEverywhere(all, group.syncKey, label);
        remember(group.syncKey, label);
      } else select(group, index);
    };
    group.tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => choose(index));
      tab.addEventListener('keydown', (event) => {
        const next = tabIndexAfterKey(event.key, index, group.tabs.length, tab.matches(':dir(rtl)') ? 'rtl' : 'ltr');
        if (next === undefined) return;
        event.preventDefault();
        choose(next);
        group.tabs[next]!.focus();
      });
    });
    const stored = group.syncKey ? remembered(group.syncKey) : null;
    if (stored) {
      const index = group.tabs.findIndex((t) => t.textContent?.trim() === stored);
      if (index !== -1) select(group, index);
    }
  }
  const reveal = () => {
    const target = root.defaultView?.location.hash ? root.getElementById(decodeURIComponent(root.defaultView.location.hash.slice(1))) : null;
    if (!target) return;
    for (const group of all) {
      const index = group.panels.findIndex((p) => p.contains(target) && p.hidden);
      if (index !== -1) select(group, index);
    }
    if (target.closest('[role="tabpanel"]')) target.scrollIntoView();
  };
  reveal();
  root.defaultView?.addEventListener('hashchange', reveal);
}
