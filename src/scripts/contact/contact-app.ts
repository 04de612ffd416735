/**
 * Everything the launcher does once a visitor first clicks it: the contact panel, the chat
 * facade when a provider is configured, and the hours shown inside the panel. The page itself
 * loads only the few lines in src/components/ContactLauncher.astro that import this on that click.
 */
import type { LauncherConfig } from '../../lib/contact/launcher';
import { wordsFrom } from '../../lib/i18n/messages';
import { setUpChatFacade } from './chat-facade';
import { setUpContactPanel } from './contact-panel';
import { showHoursStatus } from './hours-status';
import { showVisitorWeeks } from './support-hours-local';

export function startContact(doc: Document, config: LauncherConfig, options: { statusesShown: boolean }): void {
  const panel = setUpContactPanel(doc, { launcherToggles: !config.provider });
  if (panel && config.provider) setUpChatFacade(doc, { provider: config.provider, timeoutSeconds: config.timeoutSeconds, words: wordsFrom(config) }, panel);
  if (!options.statusesShown) showHoursStatus(doc, config.schedules, config);
  const panelElement = doc.querySelector<HTMLElement>('[data-contact-panel]');
  if (panelElement) showVisitorWeeks(panelElement);
}
