import { type Schedule } from '../../lib/contact/support-hours/schedule';
import { statusAt } from '../../lib/contact/support-hours/status';
import { describeStatus } from '../../lib/contact/support-hours/words';

/** The status is recomputed this often, so a page left open turns "Back at 06:00" into "Online now" on time. */
const REFRESH_MS = 60_000;

/** The visitor's own IANA zone, as the browser knows it. */
export const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Fills every `[data-hours-status="<channel>"]` element with "Online now" or "Back at …" on the
 * visitor's clock. The build cannot say it: the page may be served for months after it was built.
 */
export function showHoursStatus(root: ParentNode, schedules: Partial<Record<string, Schedule>>, locale: string): void {
  const render = () => {
    const now = new Date();
    for (const element of root.querySelectorAll<HTMLElement>('[data-hours-status]')) {
      const schedule = schedules[element.dataset.hoursStatus ?? ''];
      if (!schedule) continue;
      const status = statusAt(schedule, now);
      const text = describeStatus(status, now, visitorZone(), locale);
      if (!text) continue;
      // A label gives the status its context where the channel is not obvious: "Support team: Online now".
      element.textContent = element.dataset.hoursLabel ? `${element.dataset.hoursLabel}: ${text}` : text;
      element.dataset.open = String(status.open);
      element.hidden = false;
    }
  };
  render();
  setInterval(render, REFRESH_MS);
}
