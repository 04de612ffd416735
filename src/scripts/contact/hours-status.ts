import { type Schedule } from '../../lib/contact/support-hours/schedule';
import { statusAt } from '../../lib/contact/support-hours/status';
import { describeStatus, type STATUS_MESSAGES } from '../../lib/contact/support-hours/words';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';

/** The status is recomputed this often, so a page left open turns "Back at 06:00" into "Online now" on time. */
const REFRESH_MS = 60_000;

/** The visitor's own IANA zone, as the browser knows it. */
export const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Fills every `[data-hours-status="<channel>"]` element with "Online now" or "Back at …" on the
 * visitor's clock, in the language of the messages the launcher handed over. The build cannot say
 * it: the page may be served for months after it was built.
 */
export function showHoursStatus(root: ParentNode, schedules: Partial<Record<string, Schedule>>, messages: ScriptMessages<(typeof STATUS_MESSAGES)[number]>): void {
  const words = wordsFrom(messages);
  const render = () => {
    const now = new Date();
    for (const element of root.querySelectorAll<HTMLElement>('[data-hours-status]')) {
      const schedule = schedules[element.dataset.hoursStatus ?? ''];
      if (!schedule) continue;
      const status = statusAt(schedule, now);
      const text = describeStatus(status, now, visitorZone(), words);
      if (!text) continue;
      // A label gives the status its context where the channel is not obvious: "Support team: Online now".
      element.textContent = element.dataset.hoursLabel ? words.t('contact.statusWithLabel', { label: element.dataset.hoursLabel, status: text }) : text;
      element.dataset.open = String(status.open);
      element.hidden = false;
    }
  };
  render();
  setInterval(render, REFRESH_MS);
}
