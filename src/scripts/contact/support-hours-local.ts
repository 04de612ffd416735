import { zonedParts } from '../../lib/contact/support-hours/clock';
import { type Schedule } from '../../lib/contact/support-hours/schedule';
import { teamWeek, visitorWeek } from '../../lib/contact/support-hours/week';
import { formatDays, formatHours, zoneName, type WEEK_MESSAGES } from '../../lib/contact/support-hours/words';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';
import { visitorZone } from './hours-status';

/**
 * Adds, under each <SupportHours> table, the same hours on the visitor's clock for the coming
 * week (the dates matter: daylight saving moves the gap between zones), and hides closures
 * that are already over. The team's own table stays: it is what the team and the status page quote.
 * Each block carries the words it needs (data-words, from its component).
 */
export function showVisitorWeeks(root: ParentNode): void {
  const zone = visitorZone();
  const now = new Date();
  for (const block of root.querySelectorAll<HTMLElement>('[data-support-hours]')) {
    // The weekly rules are all the conversion needs; closures are listed by the build.
    const schedule = JSON.parse(block.dataset.schedule ?? 'null') as Omit<Schedule, 'closures'> | null;
    const table = block.querySelector<HTMLTableElement>('[data-support-hours-local]');
    if (!schedule || !table || !block.dataset.words) continue;
    const words = wordsFrom(JSON.parse(block.dataset.words ?? 'null') as ScriptMessages<(typeof WEEK_MESSAGES)[number]>);
    const local = visitorWeek(schedule, zone, now);
    const same = JSON.stringify(local) === JSON.stringify(teamWeek(schedule.rules));
    if (same) {
      block.querySelector<HTMLElement>('[data-support-hours-same]')!.hidden = false;
    } else {
      table.querySelector('[data-support-hours-zone]')!.textContent = zoneName(zone, words.locale, now);
      const body = table.tBodies[0]!;
      body.replaceChildren(
        ...local.map((row) => {
          const tr = document.createElement('tr');
          const days = document.createElement('th');
          days.scope = 'row';
          days.textContent = formatDays(row.days, words);
          const hours = document.createElement('td');
          hours.textContent = formatHours(row, words);
          tr.append(days, hours);
          return tr;
        }),
      );
      table.hidden = false;
    }
    const today = zonedParts(now, schedule.timeZone);
    const todayText = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    for (const item of block.querySelectorAll<HTMLElement>('[data-until]')) {
      if ((item.dataset.until ?? '') < todayText) item.hidden = true;
    }
  }
}
