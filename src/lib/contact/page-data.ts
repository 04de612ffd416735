/**
 * The request page: its fields (the form's own and the team's), where it sends without
 * JavaScript, what its script needs, and the support team's ContactPoints for search engines.
 * The ContactPoints live on this page because every "Submit a request" link leads here, on
 * every help center built from this project; an article about support options is example
 * content a team may rename or delete.
 */
import type { SiteSettings } from '../../schemas/settings/site';
import type { Channel } from '../../schemas/settings/support-hours';
import type { PageHead } from '../site/page-head';
import { supportOrganizationLd, type ContactChannelLd } from '../structured-data/contact-point';
import { urls as defaultUrls, type Urls } from '../site/urls';
import { requestFields, type RequestField } from './request-fields';
import type { DeliverySettings } from './request-delivery';
import { CHANNEL_LABELS, scheduleFor } from './schedules';

export interface RequestPage {
  head: PageHead;
  fields: RequestField[];
  delivery: DeliverySettings;
  /** The address shown to write to, and the mailto delivery's recipient. */
  emailTo: string;
  /** Without JavaScript the form still sends: POSTed to the endpoint, or as an email. Never GET, which would put names and emails in a URL. */
  fallback: { action: string; enctype: string };
  /** What src/scripts/request-form.ts reads. */
  config: { fields: RequestField[]; delivery: DeliverySettings; supportEmail: string; suggestions: boolean };
  /** Whether the request channel has hours (its status is then shown). */
  showsHours: boolean;
  suggestions: boolean;
  confirmation: string;
}

export function requestPage(settings: SiteSettings, urls: Urls = defaultUrls): RequestPage {
  const { requestForm, supportEmail, supportHours } = settings;
  const { delivery } = requestForm;
  const fields = requestFields(settings.requestTypes, requestForm.fields);
  const emailTo = delivery.type === 'mailto' ? (delivery.to ?? supportEmail) : supportEmail;
  const channel = (c: Channel) => scheduleFor(supportHours, c);
  const requests = channel('requests');
  const chat = channel('chat');
  const contactChannels: ContactChannelLd[] = [
    { contactType: 'customer support', url: urls.request(), email: supportEmail, rules: requests?.rules, closures: requests?.closures },
    ...(settings.chat.provider && chat ? [{ contactType: 'live chat', rules: chat.rules, closures: chat.closures }] : []),
    ...settings.contactLinks.flatMap((l) => {
      const hours = l.hours ? channel(l.hours) : undefined;
      return l.hours && hours ? [{ contactType: CHANNEL_LABELS[l.hours].toLowerCase(), url: l.href, rules: hours.rules, closures: hours.closures }] : [];
    }),
  ];
  return {
    head: {
      title: 'Submit a request',
      description: `Ask the ${settings.siteName} support team for help.`,
      breadcrumbs: [{ label: 'Home', href: '/' }],
      structuredData: [supportOrganizationLd({ name: settings.siteName, baseUrl: settings.baseUrl, language: settings.locale, channels: contactChannels })],
    },
    fields,
    delivery,
    emailTo,
    fallback: delivery.type === 'endpoint'
      ? { action: delivery.url, enctype: 'application/x-www-form-urlencoded' }
      : { action: `mailto:${emailTo}`, enctype: 'text/plain' },
    config: { fields, delivery, supportEmail: emailTo, suggestions: requestForm.suggestions },
    showsHours: Boolean(supportHours.requests),
    suggestions: requestForm.suggestions,
    confirmation: requestForm.confirmation,
  };
}
