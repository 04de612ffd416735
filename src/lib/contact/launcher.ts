/**
 * The contact launcher on every page, as the settings make it: the panel's options (the request
 * form, email, the team's own links), which support hours it shows, whose "Online now" the
 * button speaks for, and what the browser's scripts receive.
 */
import type { SiteSettings } from '../../schemas/settings/site';
import type { Channel } from '../../schemas/settings/support-hours';
import type { ChatProviderConfig } from './chat-providers';
import { launcherChannel, statusSchedules } from './schedules';
import type { Schedule } from './support-hours/schedule';

export interface LauncherOption {
  label: string;
  href: string;
  note?: string;
  /** The channel whose status is shown beside it. */
  hours?: Channel;
  /** Says whose status it is where the option does not ("Support team: Online now"). */
  hoursLabel?: string;
}

/** What src/components/ContactLauncher.astro hands to the browser. */
export interface LauncherConfig {
  locale: string;
  provider: ChatProviderConfig | null;
  loadOn: 'click';
  timeoutSeconds: number;
  schedules: Partial<Record<Channel, Schedule>>;
}

/**
 * What the launcher button says: its label, the icon, and a second line. With a live chat the
 * second line is chat's "Online now" / "Back at …" (filled in the browser, from statusChannel);
 * without one it is what a click gives, never a claim that someone is online.
 */
export function launcherButton(chat: SiteSettings['chat'], statusChannel: Channel | undefined) {
  const live = Boolean(chat.provider);
  return {
    label: chat.label ?? (live ? 'Chat with us' : 'Contact us'),
    icon: live ? 'message-circle' : 'life-buoy',
    note: live ? undefined : 'Request or email',
    statusChannel,
  };
}

/** Every page carries the same launcher: it is worked out once per build (per settings object). */
const views = new WeakMap<SiteSettings, ReturnType<typeof makeView>>();

export function launcherView(settings: SiteSettings) {
  let view = views.get(settings);
  if (!view) views.set(settings, (view = makeView(settings)));
  return view;
}

function makeView(settings: SiteSettings) {
  const { chat, supportHours } = settings;
  const schedules = statusSchedules(supportHours);
  const options: LauncherOption[] = [
    { label: 'Submit a request', href: settings.requestUrl, note: 'We answer by email, usually within one business day.', hours: 'requests', hoursLabel: 'Support team' },
    { label: `Email ${settings.supportEmail}`, href: `mailto:${settings.supportEmail}` },
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
  const config: LauncherConfig = { locale: settings.locale, provider: provider ?? null, loadOn: chat.loadOn, timeoutSeconds: chat.timeoutSeconds, schedules };
  return { options, panelChannels, schedules, button: launcherButton(chat, launcherChannel(chat, supportHours)), config };
}
