/**
 * The request page: its fields (the form's own and the team's), where it sends without
 * JavaScript, what its script needs, and the support team's ContactPoints for search engines.
 * The ContactPoints live on this page because every "Submit a request" link leads here, on
 * every help center built from this project; an article about support options is example
 * content a team may rename or delete.
 */
import type { SiteWords } from '../../i18n';
import type { SiteSettings } from '../../schemas/settings/site';
import type { Channel } from '../../schemas/settings/support-hours';
import type { PageHead } from '../site/page-head';
import { supportOrganizationLd, type ContactChannelLd } from '../structured-data/contact-point';
import { urls as defaultUrls, type Urls } from '../site/urls';
import { requestFields, type FieldWords, type RequestField } from './request-fields';
import { confirmationFor, formSetup, type DeliverySettings, type FormSetup } from './request-delivery';
import { channelLabel, scheduleFor, type ChannelWords } from './schedules';

/** What the request page writes at build time. */
export type RequestPageWords = FieldWords & ChannelWords & SiteWords<
  'contact.submitRequest' | 'contact.requestDescription' | 'site.home' | 'contact.confirmation' | 'contact.confirmationZendesk'
>;

export interface RequestPage {
  head: PageHead;
  fields: RequestField[];
  delivery: DeliverySettings;
  /** The address shown to write to, and the mailto delivery's recipient. */
  emailTo: string;
  /**
   * The form as its delivery needs it: without JavaScript it still sends, POSTed to the endpoint or
   * form service, or as an email; never GET, which would put names and emails in a URL. Also the
   * attributes, hidden fields and spam-trap name its service reads.
   */
  form: FormSetup;
  /** What src/scripts/contact/request-form.ts reads. */
  config: { fields: RequestField[]; delivery: DeliverySettings; supportEmail: string; suggestions: boolean; confirmation: string; locale?: string };
  /** Whether the request channel has hours (its status is then shown). */
  showsHours: boolean;
  suggestions: boolean;
}

/**
 * `locale` is given on a site of several languages: the page's language, which the request carries
 * (a hidden field for the form services and a browser without scripts, a value the script sends).
 */
export function requestPage(settings: SiteSettings, words: RequestPageWords, urls: Urls = defaultUrls, locale?: string): RequestPage {
  const { requestForm, supportEmail, supportHours } = settings;
  const { delivery } = requestForm;
  const { t } = words;
  const fields = requestFields(settings.requestTypes, requestForm.fields, words);
  const emailTo = delivery.type === 'mailto' ? (delivery.to ?? supportEmail) : supportEmail;
  const setup = formSetup(delivery, emailTo);
  const sendsFields = delivery.type !== 'mailto' && delivery.type !== 'zendesk';
  const form = locale && sendsFields ? { ...setup, hidden: [...setup.hidden, { name: 'locale', value: locale }] } : setup;
  const channel = (c: Channel) => scheduleFor(supportHours, c);
  const requests = channel('requests');
  const chat = channel('chat');
  const contactChannels: ContactChannelLd[] = [
    { contactType: 'customer support', url: urls.request(), email: supportEmail, rules: requests?.rules, closures: requests?.closures },
    ...(settings.chat.provider && chat ? [{ contactType: 'live chat', rules: chat.rules, closures: chat.closures }] : []),
    ...settings.contactLinks.flatMap((l) => {
      const hours = l.hours ? channel(l.hours) : undefined;
      return l.hours && hours ? [{ contactType: channelLabel(l.hours, words).toLocaleLowerCase(words.locale), url: l.href, rules: hours.rules, closures: hours.closures }] : [];
    }),
  ];
  return {
    head: {
      title: t('contact.submitRequest'),
      description: t('contact.requestDescription', { siteName: settings.siteName }),
      breadcrumbs: [{ label: t('site.home'), href: urls.home() }],
      structuredData: [supportOrganizationLd({ name: settings.siteName, baseUrl: settings.baseUrl, language: locale ?? settings.locale, channels: contactChannels })],
    },
    fields,
    delivery,
    emailTo,
    form,
    // The confirmation travels with the delivery: only the script shows it, once the request has arrived.
    config: { fields, delivery, supportEmail: emailTo, suggestions: requestForm.suggestions, confirmation: confirmationFor(delivery, requestForm.confirmation, words), ...(locale ? { locale } : {}) },
    showsHours: Boolean(supportHours.requests),
    suggestions: requestForm.suggestions,
  };
}
