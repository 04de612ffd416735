import { describe, expect, it } from 'vitest';
import { tabIndexAfterKey, tabStorageKey } from '../../src/lib/content-components/tab-keys';
import { tabsFromHtml } from '../../src/lib/content-components/tabs';

const panel = (label: string, body: string) => `<div class="tab-panel" data-tab-label="${label}"><p class="tab-panel-label">${label}</p>${body}</div>`;

describe('tabsFromHtml', () => {
  it('reads the panels TabItems rendered and links them to their tabs, the first one shown', () => {
    const { tabs, html } = tabsFromHtml(`${panel('macOS', '<p>Menu bar</p>')}\n${panel('Windows &amp; Linux', '<p>Tray</p>')}`, 'tabs-7');
    expect(tabs).toEqual([
      { label: 'macOS', tabId: 'tabs-7-tab-0', panelId: 'tabs-7-panel-0', selected: true },
      { label: 'Windows & Linux', tabId: 'tabs-7-tab-1', panelId: 'tabs-7-panel-1', selected: false },
    ]);
    expect(html).toContain('<div class="tab-panel" data-tab-label="macOS" id="tabs-7-panel-0" role="tabpanel" aria-labelledby="tabs-7-tab-0" tabindex="0">');
    expect(html).toContain('id="tabs-7-panel-1" role="tabpanel" aria-labelledby="tabs-7-tab-1" tabindex="0" hidden>');
    expect(html).toContain('<p>Tray</p>');
  });

  it('leaves a tab group inside a panel to itself', () => {
    const inner = `<div class="tabs">${panel('Inner', '<p>i</p>')}</div>`;
    const { tabs } = tabsFromHtml(panel('Outer', inner), 'tabs-1');
    expect(tabs.map((t) => t.label)).toEqual(['Outer']);
  });
});

describe('tabIndexAfterKey (the WAI-ARIA tabs keyboard)', () => {
  it('goes round with the arrows and to the ends with Home and End', () => {
    expect(tabIndexAfterKey('ArrowRight', 0, 3, 'ltr')).toBe(1);
    expect(tabIndexAfterKey('ArrowRight', 2, 3, 'ltr')).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 0, 3, 'ltr')).toBe(2);
    expect(tabIndexAfterKey('Home', 2, 3, 'ltr')).toBe(0);
    expect(tabIndexAfterKey('End', 0, 3, 'ltr')).toBe(2);
    expect(tabIndexAfterKey('Enter', 0, 3, 'ltr')).toBeUndefined();
  });

  it('goes on with the left arrow where the list runs right to left', () => {
    expect(tabIndexAfterKey('ArrowLeft', 0, 3, 'rtl')).toBe(1);
    expect(tabIndexAfterKey('ArrowRight', 0, 3, 'rtl')).toBe(2);
    expect(tabIndexAfterKey('Home', 2, 3, 'rtl')).toBe(0);
  });

  it('remembers each sync key apart', () => {
    expect(tabStorageKey('os')).toBe('help-center:tabs:os');
  });
});
