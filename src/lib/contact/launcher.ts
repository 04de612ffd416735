/**
 * The contact launcher on every page, as the settings make it: the panel's options (the request
 * form, email, the team's own links), which support hours it shows, whose "Online now" the
 * button speaks for, and what the browser's scripts receive.
 */
import type { SiteWords } from '../../i18n';
import type { ScriptMessages } from '../i18n/messages';
import type { SiteSettings } from '../../schemas/settings/site';
import type { Channel } from '../../schemas/settings/support-hours';
import type { ChatProviderConfig } from './chat-providers';
import { launcherChannel, statusSchedules } from './schedules';
import type { Schedule } from './support-hours/schedule';
import { STATUS_MESSAGES, WEEK_MESSAGES } from './support-hours/words';

/** What the launcher's scripts write: statuses, the panel's hours on the visitor's clock, "Opening chat…". */
export const LAUNCHER_MESSAGES = [...STATUS_MESSAGES, ...WEEK_MESSAGES, 'contact.openingChat'] as const;
export type LauncherKey = (typeof LAUNCHER_MESSAGES)[number];

/** What the launcher writes at build time. */
export type LauncherWords = SiteWords<
  'contact.chatWithUs' | 'contact.contactUs' | 'contact.requestOrEmail' | 'contact.submitRequest' | 'contact.requestNote' | 'contact.supportTeam' | 'contact.emailOption'
>;

export interface LauncherOption {
  label: string;
  href: string;
  note?: string;
  /** The channel whose status is shown beside it. */
  hours?: Channel;
  /** Says whose status it is where the option does not ("Support team: Online now"). */
  hoursLabel?: string;
}

/** What src/components/ContactLauncher.astro hands to the browser: these settings and the LAUNCHER_MESSAGES. */
export interface LauncherConfig extends ScriptMessages<LauncherKey> {
  provider: ChatProviderConfig | null;
  loadOn: 'click';
  timeoutSeconds: number;
  schedules: Partial<Record<Channel, Schedule>>;
}

/**
 * What the launcher button says: its label, the icon, and a second line. With a live chat the
 * second line is chat's "Online now" / "Back at …" (filled in the browser, from statusChannel);
 * without one it is what a click gives, never a claim that someone is online. A label the team
 * wrote stays as written.
 */
export function launcherButton(chat: SiteSettings['chat'], statusChannel: Channel | undefined, { t }: LauncherWords) {
  const live = Boolean(chat.provider);
  return {
    label: chat.label ?? (live ? t('contact.chatWithUs') : t('contact.contactUs')),
    icon: live ? 'message-circle' : 'life-buoy',
    note: live ? undefined : t('contact.requestOrEmail'),
    statusChannel,
  };
}

/** Every page carries the same launcher: it is worked out once per build (per settings object and language). */
const views = new WeakMap<SiteSettings, Map<string, ReturnType<typeof makeView>>>();

export function launcherView(settings: SiteSettings, words: LauncherWords) {
  const known = views.get(settings) ?? new Map<string, ReturnType<typeof makeView>>();
  views.set(settings, known);
  let view = known.get(words.locale);
  if (!view) known.set(words.locale, (view = makeView(settings, words)));
  return view;
}

function makeView(settings: SiteSettings, words: LauncherWords) {
  const { t } = words;
  const { chat, supportHours } = settings;
  const schedules = statusSchedules(supportHours);
  const options: LauncherOption[] = [
    { label: t('contact.submitRequest'), href: settings.requestUrl, note: t('contact.requestNote'), hours: 'requests', hoursLabel: t('contact.supportTeam') },
    { label: t('contact.emailOption', { email: settings.supportEmail }), href: `mailto:${settings.supportEmail}` },
    ...settings.contactLinks,
  ];
  /** Hours shown in the panel: requests, chat when there is a chat, and any channel a link is staffed by. */
  const panelChannels = [...new Set<Channel>([
    ...(chat.provider ? (['chat'] as Channel[]) : []),
    'requests',
    ...settings.contactLinks.flatMap((l) => (l.hours ? [l.hours] : [])),
  ])].filter((c) => schedules[c]);
  // The browser needs no CSP sources: they went into the page's policy.
  const provider = chat.provider?.type === 'custom' ? (({ cspSources: _, ...rest }) => rest)(chat.provider) : chat.provider;
  const config: Omit<LauncherConfig, keyof ScriptMessages<LauncherKey>> = { provider: provider ?? null, loadOn: chat.loadOn, timeoutSeconds: chat.timeoutSeconds, schedules };
  return { options, panelChannels, schedules, button: launcherButton(chat, launcherChannel(chat, supportHours), words), config };
}
