import type { SiteWords } from '../../i18n';
import type { ChatSettings } from '../../schemas/settings/chat';
import { CHANNELS, type Channel, type SupportHoursSettings } from '../../schemas/settings/support-hours';
import type { SiteSettings } from '../../schemas/settings/site';
import type { Closure, Schedule } from './support-hours/schedule';
import { upcomingClosures } from './support-hours/status';
import { teamWeek } from './support-hours/week';
import { formatClosureDays, formatDays, formatHours, zoneName, type WeekWords } from './support-hours/words';

/**
 * The support-hours settings as the pages and the browser read them: one schedule per channel
 * (its weekly rules and the closures that apply to it) and which channel the launcher's
 * "Online now" speaks for.
 */

/** The closures that apply to one channel, in the shape src/lib/support-hours.ts reads. */
export function closuresFor(hours: SupportHoursSettings, channel: Channel): Closure[] {
  return hours.closures
    .filter((c) => !c.channels || c.channels.includes(channel))
    .map((c) => ({ from: c.date, to: c.to ?? c.date, name: c.name }));
}

/** What visitors call each channel: its message. */
export const CHANNEL_LABELS = { chat: 'contact.channelChat', requests: 'contact.channelRequests', screenShare: 'contact.channelScreenShare' } as const satisfies Record<Channel, string>;
export type ChannelWords = SiteWords<(typeof CHANNEL_LABELS)[Channel]>;

/** "Live chat" for chat, in the words' language. */
export const channelLabel = (channel: Channel, { t }: ChannelWords) => t(CHANNEL_LABELS[channel]);

/** What <SupportHours> writes at build time. */
export type SupportHoursWords = WeekWords & ChannelWords & SiteWords<'contact.hoursCaption' | 'contact.closure'>;

/** A channel's weekly hours and closures, or undefined when the settings give it no hours. */
export function scheduleFor(hours: SupportHoursSettings, channel: Channel): Schedule | undefined {
  const rules = hours[channel];
  return rules ? { timeZone: hours.timeZone, rules, closures: closuresFor(hours, channel) } : undefined;
}

/** Every channel that has hours, as the browser needs them for "Online now": closures without their names. */
export function statusSchedules(hours: SupportHoursSettings): Partial<Record<Channel, Schedule>> {
  return Object.fromEntries(CHANNELS.flatMap((c) => {
    const schedule = scheduleFor(hours, c);
    return schedule ? [[c, { ...schedule, closures: schedule.closures.map(({ from, to }) => ({ from, to })) }]] : [];
  }));
}

/**
 * The channel whose "Online now" the launcher shows: chat, and only when a chat provider answers
 * the launcher and chat has hours. Requests are answered by email whenever they are sent, so the
 * built-in panel's launcher never claims anyone is online (it says what a click gives instead).
 */
export function launcherChannel(chat: ChatSettings, hours: SupportHoursSettings): Channel | undefined {
  return chat.provider && hours.chat ? 'chat' : undefined;
}

/**
 * What <SupportHours> prints for a channel: the week in the team's zone, readable without
 * scripts, and the closures still to come (none in the compact form the contact panel uses).
 * Undefined for a channel without hours.
 */
export function supportHoursView(settings: SiteSettings, channel: Channel, options: { label?: string; compact: boolean; now: Date }, words: SupportHoursWords) {
  // The compact form (the launcher's panel, on every page) does not depend on the date: make it once per language.
  if (options.compact) {
    const key = `${words.locale}\u0000${channel}\u0000${options.label ?? ''}`;
    const known = compactViews.get(settings) ?? new Map<string, ReturnType<typeof makeSupportHoursView>>();
    compactViews.set(settings, known);
    if (!known.has(key)) known.set(key, makeSupportHoursView(settings, channel, options, words));
    return known.get(key);
  }
  return makeSupportHoursView(settings, channel, options, words);
}

const compactViews = new WeakMap<SiteSettings, Map<string, ReturnType<typeof makeSupportHoursView>>>();

function makeSupportHoursView(settings: SiteSettings, channel: Channel, options: { label?: string; compact: boolean; now: Date }, words: SupportHoursWords) {
  const schedule = (CHANNELS as readonly string[]).includes(channel) ? scheduleFor(settings.supportHours, channel) : undefined;
  if (!schedule) return undefined;
  const { locale, t } = words;
  return {
    scheduleJson: JSON.stringify({ timeZone: schedule.timeZone, rules: schedule.rules }),
    caption: t('contact.hoursCaption', { channel: options.label ?? channelLabel(channel, words), zone: zoneName(schedule.timeZone, locale) }),
    rows: teamWeek(schedule.rules).map((r) => ({ days: formatDays(r.days, words), hours: formatHours(r, words) })),
    closures: options.compact ? [] : upcomingClosures(schedule, options.now).map((c) => ({ until: c.to, text: t('contact.closure', { name: c.name ?? '', days: formatClosureDays(c, locale) }) })),
  };
}
