import { z } from 'astro/zod';
import { LinkSchema, SitePathSchema } from '../shared';
import { ContentSettingsSchema } from './content';
import { ReviewSettingsSchema } from './review';
import { SearchSettingsSchema } from './search';
import { CommunitySettingsSchema } from './community';
import { ChatSettingsSchema } from './chat';
import { RequestFormSchema } from './request-form';
import { CHANNELS, SupportHoursSchema } from './support-hours';
import { LocaleCodeSchema, LocaleSchema } from './locales';

/**
 * The help center's own settings, read from content/settings.yaml.
 * Later features (chat provider, support hours, request delivery) add their own keys here.
 */
export function SettingsSchema() {
  return z.strictObject({
    /** The help center's name, shown in the header, titles and link previews. Required. */
    siteName: z.string().min(1),
    /** One sentence under the name on the home page. Default: "How can we help?". */
    tagline: z.string().default('How can we help?'),
    /** Path of the logo under public/. Default: "/logo.svg". */
    logo: SitePathSchema('"/logo.svg"').default('/logo.svg'),
    /** The public address of the deployed site, used for canonical URLs and the sitemap. Required. */
    baseUrl: z.url({ protocol: /^https?$/, error: 'give the full address of the deployed site, e.g. https://help.example.com' }),
    /** The brand colour as #rrggbb; links and buttons are themed from it. Default: "#2f5bd3". */
    brandColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'write the colour as #rrggbb, e.g. #2f5bd3')
      .default('#2f5bd3'),
    /** The address customers can write to; also where the request form sends mail by default. Required. */
    supportEmail: z.email({ error: 'give the support team\'s email address, e.g. support@example.com' }),
    /** Where every "Submit a request" link leads: the built-in form or another URL. Default: "/request/". */
    requestUrl: LinkSchema('"/request/" or "https://support.example.com/new"', ['https', 'http']).default('/request/'),
    /** The choices of "What is your request about?" on the request form. Default: question, problem, billing, feedback. */
    requestTypes: z
      .array(z.strictObject({
        /** Value sent with the request, e.g. "billing". */
        value: z.string().min(1),
        /** Text the customer sees. */
        label: z.string().min(1),
      }))
      .min(1)
      .default([
        { value: 'question', label: 'A question about using the product' },
        { value: 'problem', label: 'Something is not working' },
        { value: 'billing', label: 'Billing or my subscription' },
        { value: 'feedback', label: 'Feedback or a feature idea' },
      ]),
    /** A URL pattern to edit a file in the repository; {path} becomes e.g. "content/articles/x.mdx". Default: none (no edit link). */
    editUrl: LinkSchema('"https://github.com/acme/help/edit/main/{path}"', ['https', 'http'])
      .refine((v) => v.includes('{path}'), { error: 'the edit URL must contain {path}' })
      .optional(),
    /** The site's default language as a BCP 47 tag: the language of content/ itself; its pages have no URL prefix. Default: "en". */
    locale: LocaleCodeSchema.default('en'),
    /**
     * Every language of the help center, the default one included, in the switcher's order; the others'
     * pages live under /<code>/ and their translations under content/<code>/ (see src/schemas/settings/locales.ts).
     * Default: none: a one-language site, with no switcher and no prefix.
     */
    locales: z.array(LocaleSchema()).default([]),
    /** Articles per page on section pages before pagination starts. Default: 20. */
    sectionPageSize: z.number().int().positive().default(20),
    /** Articles shown per section on a category page before "See all N articles". Default: 6. */
    categoryPreviewSize: z.number().int().positive().default(6),
    /** Articles listed under "Articles in this section" beside an article before "See more" (the current one is always listed). Default: 10. */
    sectionListSize: z.number().int().positive().default(10),
    /** Related articles (sharing labels) offered under an article. Default: 5. */
    relatedArticles: z.number().int().min(0).default(5),
    /** Number of h2/h3 headings from which an article shows a table of contents. Default: 4. */
    tocMinHeadings: z.number().int().positive().default(4),
    /** Links to further contact options shown in the contact panel (screen share, status page…). Default: []. */
    contactLinks: z
      .array(z.strictObject({
        /** Text of the link. */
        label: z.string().min(1),
        /** Where it leads: https://…, mailto:…, tel:… or a path on this site; external links open in a new tab. */
        href: LinkSchema('"https://status.example.com" or "tel:+15550100"'),
        /** A short line under the label. Default: none. */
        note: z.string().optional(),
        /** The support-hours channel that staffs it (chat, requests, screenShare); its "Online now"/"Back at" shows beside it. Default: none. */
        hours: z.enum(CHANNELS).optional(),
      }))
      .default([]),
    /** The contact launcher: label, corner, chat provider and when its script loads (see src/schemas/settings/chat.ts). Default: the built-in contact panel. */
    chat: ChatSettingsSchema().prefault({}),
    /** Support hours per channel in the team's time zone, and closures (see src/schemas/settings/support-hours.ts). Default: no hours shown. */
    supportHours: SupportHoursSchema().prefault({}),
    /** The request form: delivery, extra fields, confirmation, suggestions (see src/schemas/settings/request-form.ts). Default: sent by email. */
    requestForm: RequestFormSchema().prefault({}),
    /** Ask "Was this article helpful?" under articles; shown only when requestForm.delivery can receive answers (endpoint). Default: true. */
    articleFeedback: z.boolean().default(true),
    /** Search: highlighting on the destination page, suggestion and result counts (see src/schemas/settings/search.ts). Default: every default there. */
    search: SearchSettingsSchema().prefault({}),
    /** The FAQ and community Q&A: new-file links for asking and answering, list page sizes (see src/schemas/settings/community.ts). Default: every default there. */
    community: CommunitySettingsSchema().prefault({}),
    /** How far the MDX of articles and FAQ pages is trusted: safe (default) or full (see src/schemas/settings/content.ts). Default: safe. */
    content: ContentSettingsSchema().prefault({}),
    /** When articles are due for review, and whether pages say when they were reviewed (see src/schemas/settings/review.ts). Default: only `reviewBy` dates count. */
    review: ReviewSettingsSchema().prefault({}),
  }).superRefine((settings, ctx) => {
    if (settings.locales.length === 0) return;
    const codes = settings.locales.map((l) => l.code);
    if (!codes.includes(settings.locale)) {
      ctx.addIssue({ code: 'custom', path: ['locales'], message: `the default language "${settings.locale}" (\`locale\`) must be one of the locales: add { code: ${settings.locale}, label: … }` });
    }
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) ctx.addIssue({ code: 'custom', path: ['locales', i, 'code'], message: `"${code}" is listed twice: list each language once` });
    });
  });
}

export type SiteSettings = z.output<ReturnType<typeof SettingsSchema>>;
export type SiteSettingsInput = z.input<ReturnType<typeof SettingsSchema>>;
