/**
 * Tabs: `<Tabs>` holds `<TabItem label="macOS">` panels. Each TabItem renders a panel marked
 * with its label; Tabs reads those panels out of its rendered content, gives them the ids and
 * roles of the WAI-ARIA tabs pattern and draws the tab list from their labels. Only the first
 * panel is shown to begin with; without JavaScript (and on paper) the stylesheet shows them all.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The attribute TabItem puts on its panel, holding its label. */
export const PANEL_LABEL_ATTRIBUTE = 'data-tab-label';
const PANEL_LABEL_PROPERTY = 'dataTabLabel';

export interface Tab {
  label: string;
  tabId: string;
  panelId: string;
  selected: boolean;
}

const isPanel = (node: RootContent | ElementContent): node is Element =>
  node.type === 'element' && typeof node.properties[PANEL_LABEL_PROPERTY] === 'string';

/**
 * The tabs of a group whose TabItems rendered `html`, and the panels' HTML with their ids,
 * roles and state. Only panels at the top of the group count: a tab group inside a panel keeps
 * its own. `groupId` is unique on the page.
 */
export function tabsFromHtml(html: string, groupId: string): { tabs: Tab[]; html: string } {
  const tree: Root = fromHtml(html, { fragment: true });
  const tabs: Tab[] = [];
  for (const node of tree.children) {
    if (!isPanel(node)) continue;
    const index = tabs.length;
    const tab: Tab = { label: String(node.properties[PANEL_LABEL_PROPERTY]), tabId: `${groupId}-tab-${index}`, panelId: `${groupId}-panel-${index}`, selected: index === 0 };
    tabs.push(tab);
    Object.assign(node.properties, {
      id: tab.panelId,
      role: 'tabpanel',
      ariaLabelledBy: tab.tabId,
      // The pattern's advice for panels that may begin with text rather than a control: reachable by Tab.
      tabIndex: 0,
      hidden: !tab.selected,
    });
  }
  return { tabs, html: toHtml(tree) };
}
