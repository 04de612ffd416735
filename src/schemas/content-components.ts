import { z } from 'astro/zod';
import type { SiteWords } from '../i18n';
import { BADGE_VARIANTS } from '../lib/content-components/badge';
import { CALLOUT_TYPES, calloutView, type CalloutKey, type CalloutType } from '../lib/content-components/callout';
import { keysProblem, parseKeys } from '../lib/content-components/kbd';
import { cardGridStructure, kbdStructure, stepsStructure, tabsStructure, type JsxElement, type StructureProblem } from '../lib/content-components/structure';
import { VIMEO_ID, YOUTUBE_ID } from '../lib/content-components/video';
import { closeMatches } from '../lib/text/close-matches';
import { LinkSchema, SitePathSchema, SlugSchema } from './shared';

/**
 * The components writers may use in MDX without an import, and the props each one takes. This
 * table is the allow-list of safe mode: a component that is not here is refused, and the props
 * of one that is are checked against its schema before anything renders, so a mistake is
 * reported at the writer's line. Props are written as plain attributes (`channel="chat"`); an
 * attribute without a value (`decorative`) arrives as `true`. Numbers are written in quotes
 * (`width="400"`). The writers' guide (content/articles/writing-for-this-help-center/) shows
 * each one; the components themselves are in src/components/content/.
 */

/** What the checks know about the site when they validate props. */
export interface ComponentContext {
  /** Support-hours channels that have hours in the settings. */
  channelsWithHours: readonly string[];
  /** The content folder as messages name it, e.g. "content". */
  contentRoot: string;
  /** Snippet ids: the file names (without .mdx) of the files in content/snippets/. */
  snippets: readonly string[];
  /** Images a figure or a poster may show: paths inside content/images/, e.g. "invoices/new-invoice.png". */
  images: readonly string[];
  /** Files visitors can download or play, as paths on the site: public/downloads/x.csv is "/downloads/x.csv". */
  publicFiles: readonly string[];
}

/** A prop written alone, like `decorative`: true when present. */
const Flag = (name: string) => z.literal(true, { error: `write the word alone: ${name} (without ="…"), or leave it out` });

/** A whole number written in quotes, e.g. width="400". */
const WholeNumber = (what: string, min: number, max: number) =>
  z.string().regex(/^\d+$/, `write ${what} as a whole number in quotes, e.g. "400"`).refine((v) => Number(v) >= min && Number(v) <= max, `${what} must be between ${min} and ${max}`);

const stemOf = (file: string) => file.replace(/\.[a-z0-9]+$/i, '');

/** Files of a list a mistyped path probably meant, compared without extensions ("client-import.csv" finds "client-import-template.csv"). */
function closeFiles(value: string, list: readonly string[]): string[] {
  const byStem = new Map(list.map((f) => [stemOf(f), f]));
  return closeMatches(stemOf(value), byStem.keys()).map((stem) => byStem.get(stem)!);
}

/** One of the names of a list (snippets, images, public files), or a message naming the closest ones. */
function oneOf(list: readonly string[], describe: (value: string, close: string[]) => string, matches: (value: string, list: readonly string[]) => string[] = closeMatches) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (!list.includes(value)) ctx.addIssue({ code: 'custom', message: describe(value, matches(value, list)) });
  };
}

const suggest = (close: string[]) => (close.length ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}? ` : '');

function ImageSchema(context: ComponentContext) {
  const folder = `${context.contentRoot}/images/`;
  return z.string().min(1).superRefine(oneOf(context.images, (value, close) =>
    value.startsWith('/')
      ? `give the image's path inside ${folder}, without a leading "/" (e.g. "${value.replace(/^\/(images\/)?/, '')}"); images under public/ are shown with ![description](${value}) instead`
      : `${folder}${value} does not exist: ${suggest(close)}put the image in ${folder} and give its path there, e.g. "invoices/new-invoice.png"`, closeFiles));
}

function PublicFileSchema(context: ComponentContext, example: string, extensions?: readonly string[]) {
  return SitePathSchema(example).superRefine((value, ctx) => {
    // A path without its leading "/" is already refused above; looking it up would only add a garbled second error.
    if (!value.startsWith('/')) return;
    if (extensions && !extensions.some((e) => value.toLowerCase().endsWith(e))) {
      ctx.addIssue({ code: 'custom', message: `give a ${extensions.join(' or ')} file, e.g. ${example}` });
      return;
    }
    oneOf(context.publicFiles, (v, close) => `public${v} does not exist: ${suggest(close)}put the file under public/ (e.g. public${example}) and give its path on the site, ${example}`, closeFiles)(value, ctx);
  });
}

/** `<SupportHours channel="chat" />`: a channel's weekly hours, converted to the visitor's zone in the browser. */
export function SupportHoursProps(context: ComponentContext) {
  return z.strictObject({
    /** chat, requests or screenShare: a channel with hours under `supportHours` in settings.yaml. Required. */
    channel: z.enum(context.channelsWithHours as [string, ...string[]], {
      error: context.channelsWithHours.length
        ? `use a channel with hours in settings.yaml: ${context.channelsWithHours.join(', ')}`
        : 'no channel has hours yet: add them under supportHours in settings.yaml (see src/schemas/settings/support-hours.ts)',
    }),
    /** A caption instead of the channel's name, e.g. "Live chat and requests". Default: the channel's name. */
    label: z.string().min(1).optional(),
  });
}

/** `<Callout type="warning" title="Before you start">…</Callout>`, or in Markdown `> [!WARNING]`. */
export function CalloutProps() {
  return z.strictObject({
    /** note, tip, important, warning or caution: how much it matters that the reader sees it. Default: note. */
    type: z.enum(CALLOUT_TYPES, { error: `use one of ${CALLOUT_TYPES.join(', ')}` }).optional(),
    /** Words at the top instead of the type's name, e.g. "Before you start"; screen readers still hear the type. Default: the type's name ("Warning"). */
    title: z.string().trim().min(1).max(80).optional(),
  });
}

/** `<Steps>` around a numbered list: each item becomes a numbered step. */
export function StepsProps() {
  return z.strictObject({});
}

/** `<Tabs syncKey="os">` around `<TabItem>`s: one version of the content per tab. */
export function TabsProps() {
  return z.strictObject({
    /** A word shared by tab groups that choose the same thing, e.g. "os": choosing "Windows" in one chooses it in all, and is remembered. Default: none (the group stands alone). */
    syncKey: SlugSchema().optional(),
    /** What the tabs choose between, for screen readers, e.g. "Operating system". Default: none. */
    label: z.string().trim().min(1).max(60).optional(),
  });
}

/** `<TabItem label="macOS">…</TabItem>`: one tab of a `<Tabs>`. */
export function TabItemProps() {
  return z.strictObject({
    /** The tab's name, e.g. "macOS"; groups with one syncKey follow each other by it. Required. */
    label: z.string().trim().min(1).max(40),
  });
}

/** `<Figure src="invoice-flow.png" alt="…" caption="…" />`: an image of content/images/ with a caption. */
export function FigureProps(context: ComponentContext) {
  return z.strictObject({
    /** The image's path inside content/images/, e.g. "invoices/new-invoice.png". Required. */
    src: ImageSchema(context),
    /** What the image shows, for people who cannot see it, e.g. "The New invoice button, top right". Required unless `decorative`. */
    alt: z.string().trim().min(1, 'describe what the image shows; for an image that adds nothing to the text, write decorative instead of alt').max(300).optional(),
    /** A caption shown under the image. Default: none. */
    caption: z.string().trim().min(1).max(300).optional(),
    /** The image adds nothing the text does not say: screen readers skip it (and no alt is written). Default: false. */
    decorative: Flag('decorative').optional(),
    /** Add an "Open full size" link under it, for diagrams and screenshots with small details. Default: false. */
    zoom: Flag('zoom').optional(),
    /** The widest it is shown, in CSS pixels, e.g. "400" for a screenshot taken on a high-density screen. Default: its own width, at most the column's. */
    width: WholeNumber('width', 16, 4000).optional(),
  }).superRefine((p, ctx) => {
    if (p.decorative && p.alt) ctx.addIssue({ code: 'custom', path: ['alt'], message: 'a decorative image has no description: remove alt, or remove decorative if the image tells something' });
    if (!p.decorative && p.alt === undefined) ctx.addIssue({ code: 'custom', path: ['alt'], message: 'describe what the image shows in alt="…"; for an image that adds nothing to the text, write decorative instead' });
  });
}

/** `<Kbd>Esc</Kbd>` or `<Kbd keys="Ctrl+K" />`: a key, or keys pressed together. */
export function KbdProps() {
  return z.strictObject({
    /** Keys pressed together, with "+" between them, e.g. "Ctrl+Shift+K". Default: the key written between the tags. */
    keys: z.string().trim().min(1).max(60).superRefine((v, ctx) => {
      const problem = keysProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }).optional(),
  });
}

/** `<Badge text="New" variant="success" />`: a short label beside a heading or a word. */
export function BadgeProps() {
  return z.strictObject({
    /** The label, a word or two, e.g. "Beta" or "Agency plan". Required. */
    text: z.string().trim().min(1).max(30),
    /** neutral, info, success, warning or danger: its colour, which only adds to what the text says. Default: neutral. */
    variant: z.enum(BADGE_VARIANTS, { error: `use one of ${BADGE_VARIANTS.join(', ')}` }).optional(),
  });
}

/** `<Card title="Invoices" href="/sections/invoices/">One line about it.</Card>`: a link with a sentence about where it leads. */
export function CardProps() {
  return z.strictObject({
    /** The link's words, e.g. "Send your first invoice". Required. */
    title: z.string().trim().min(1).max(80),
    /** Where it leads: a path on this site ("/articles/…") or an https:// address. Required. */
    href: LinkSchema('"/articles/create-an-invoice-from-tracked-time/" or "https://larkspur.example/pricing"', ['https']),
  });
}

/** `<CardGrid>` around `<Card>`s: cards side by side where there is room. */
export function CardGridProps() {
  return z.strictObject({});
}

const VIDEO_FILE_EXTENSIONS = ['.mp4', '.webm'];

/** `<Video youtube="…" title="…" poster="…" />`: a video that loads nothing from the platform until the visitor presses play. */
export function VideoProps(context: ComponentContext) {
  return z.strictObject({
    /** A YouTube video's id, the 11 characters after "v=" in its address. One of youtube, vimeo or src is required. */
    youtube: z.string().regex(YOUTUBE_ID, 'give the 11 characters after "v=" in the video\'s address, e.g. youtube="Lrkspr-tmr1"').optional(),
    /** A Vimeo video's number, as in vimeo.com/76979871. One of youtube, vimeo or src is required. */
    vimeo: z.string().regex(VIMEO_ID, 'give the number at the end of the video\'s address, e.g. vimeo="76979871"').optional(),
    /** A video file of this site (.mp4 or .webm under public/), e.g. "/videos/start-a-timer.webm". One of youtube, vimeo or src is required. */
    src: PublicFileSchema(context, '/videos/start-a-timer.webm', VIDEO_FILE_EXTENSIONS).optional(),
    /** What the video shows, e.g. "Starting a timer from the menu bar": the play button says "Play video: …". Required. */
    title: z.string().trim().min(1).max(120),
    /** A still shown until it plays: a path inside content/images/. Default: a plain placeholder with the title. */
    poster: ImageSchema(context).optional(),
    /** Captions for a video file: a WebVTT file under public/, e.g. "/videos/start-a-timer.en.vtt". Required with src. */
    track: PublicFileSchema(context, '/videos/start-a-timer.en.vtt', ['.vtt']).optional(),
    /** The language of the captions: switched on at once on YouTube and Vimeo, and the track's language for a file, e.g. "en". Default: none on platforms, the site's language for a track. */
    captions: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'give a language code, e.g. "en" or "pt-BR"').optional(),
    /** Where to start, in seconds, e.g. "90". Default: the beginning. */
    start: WholeNumber('start', 0, 86_400).optional(),
  }).superRefine((p, ctx) => {
    const sources = (['youtube', 'vimeo', 'src'] as const).filter((k) => p[k] !== undefined);
    if (sources.length !== 1) {
      ctx.addIssue({ code: 'custom', path: sources.length ? [sources[1]!] : [], message: sources.length ? `give one video only: ${sources.join(' and ')} both name one` : 'name the video with youtube="…", vimeo="…" or src="/videos/….webm"' });
    }
    if (p.src !== undefined && p.track === undefined) ctx.addIssue({ code: 'custom', path: ['track'], message: 'a video file needs captions: write them as a WebVTT file under public/ and give it as track="/videos/….vtt"' });
    if (p.src === undefined && p.track !== undefined) ctx.addIssue({ code: 'custom', path: ['track'], message: 'track is for video files: YouTube and Vimeo keep their own captions; switch them on with captions="en"' });
  });
}

/** `<Download file="/downloads/client-import-template.csv" />`: a file to download, with its type and size. */
export function DownloadProps(context: ComponentContext) {
  return z.strictObject({
    /** The file's path on the site: public/downloads/x.csv is "/downloads/x.csv". Required. */
    file: PublicFileSchema(context, '/downloads/client-import-template.csv'),
    /** The link's words, e.g. "Client import template". Default: the file's name. */
    title: z.string().trim().min(1).max(100).optional(),
  });
}

/** `<Snippet id="contact-billing" />`: the content of content/snippets/contact-billing.mdx, in this page. */
export function SnippetProps(context: ComponentContext) {
  return z.strictObject({
    /** The snippet's file name in content/snippets/, without .mdx. Required. */
    id: z.string().min(1).superRefine(oneOf(context.snippets, (value, close) =>
      `no snippet is called "${value}": ${suggest(close)}snippets are the files of ${context.contentRoot}/snippets/${context.snippets.length ? ` (${context.snippets.slice(0, 6).join(', ')}${context.snippets.length > 6 ? ', …' : ''})` : ''}, named without .mdx; to add one, create ${context.contentRoot}/snippets/${value}.mdx`)),
  });
}

export interface ContentComponentSpec {
  /** The schema of its props, given what the checks know about the site. */
  props: (context: ComponentContext) => z.ZodType;
  /** Whether it takes content between its tags. */
  children: boolean;
  /** block: it renders blocks (a paragraph cannot hold it), so it stands on a line of its own; inline: within a sentence. */
  placement: 'block' | 'inline';
  /** The components it may stand directly inside, e.g. TabItem only inside Tabs. Default: anywhere. */
  parents?: readonly string[];
  /** What its content must be, beyond its props (src/lib/content-components/structure.ts). Default: anything. */
  structure?: (node: JsxElement) => StructureProblem[];
  /** The words it shows from its props rather than its content (and its own, in the content's language), for the plain text of FAQ and Q&A structured data. Default: none. */
  text?: (props: Record<string, string | true>, words: ComponentWords) => string | undefined;
  /** One line for error messages and the writers' guide. */
  summary: string;
}

/** The components' own words that their plain text includes: a callout's type, a figure's "Open full size image". */
export type ComponentWords = SiteWords<CalloutKey | 'content.openFullSize' | 'content.fullSizeImage' | 'content.fullSizeImageAlt'>;

const prop = (props: Record<string, string | true>, name: string) => (typeof props[name] === 'string' ? (props[name] as string) : undefined);

function calloutText(props: Record<string, string | true>, words: ComponentWords): string {
  const view = calloutView(prop(props, 'type') as CalloutType | undefined, prop(props, 'title'), words);
  return `${view.typePrefix ?? ''}${view.heading}`;
}

/** A figure's caption, and what its full-size link says (as the page shows it, the words for screen readers included). */
function figureText(props: Record<string, string | true>, { t }: ComponentWords): string | undefined {
  const alt = prop(props, 'alt');
  const zoom = props.zoom === true ? `${t('content.openFullSize')}${alt ? t('content.fullSizeImageAlt', { alt }) : t('content.fullSizeImage')}` : undefined;
  return [prop(props, 'caption'), zoom].filter(Boolean).join(' ') || undefined;
}

export const CONTENT_COMPONENTS: Record<string, ContentComponentSpec> = {
  Callout: { props: CalloutProps, children: true, placement: 'block', text: calloutText, summary: 'a note, tip, important point, warning or caution, e.g. <Callout type="warning">…</Callout>, or in Markdown > [!WARNING]' },
  Steps: { props: StepsProps, children: true, placement: 'block', structure: stepsStructure, summary: 'numbered steps: <Steps> around a numbered list (1. …, 2. …)' },
  Tabs: { props: TabsProps, children: true, placement: 'block', structure: tabsStructure, summary: 'versions side by side: <Tabs syncKey="os"><TabItem label="macOS">…</TabItem><TabItem label="Windows">…</TabItem></Tabs>' },
  TabItem: { props: TabItemProps, children: true, placement: 'block', parents: ['Tabs'], summary: 'one tab of a <Tabs>: <TabItem label="macOS">…</TabItem>' },
  Figure: { props: FigureProps, children: false, placement: 'block', text: figureText, summary: 'an image of content/images/ with a caption: <Figure src="invoice-flow.png" alt="…" caption="…" />' },
  Kbd: { props: KbdProps, children: true, placement: 'inline', structure: kbdStructure, text: (p) => (prop(p, 'keys') ? parseKeys(prop(p, 'keys')!).join('+') : undefined), summary: 'a key or keys pressed together: <Kbd>Esc</Kbd> or <Kbd keys="Ctrl+K" />' },
  Badge: { props: BadgeProps, children: false, placement: 'inline', text: (p) => prop(p, 'text'), summary: 'a short label: <Badge text="Beta" variant="info" />' },
  Card: { props: CardProps, children: true, placement: 'block', text: (p) => prop(p, 'title'), summary: 'a link with a line about it: <Card title="…" href="/articles/…">…</Card>' },
  CardGrid: { props: CardGridProps, children: true, placement: 'block', structure: cardGridStructure, summary: 'cards side by side: <CardGrid><Card …>…</Card>…</CardGrid>' },
  Video: { props: VideoProps, children: false, placement: 'block', summary: 'a video that loads nothing until played: <Video youtube="…" title="…" poster="…" />' },
  Download: { props: DownloadProps, children: false, placement: 'block', summary: 'a file to download with its type and size: <Download file="/downloads/….csv" />' },
  Snippet: { props: SnippetProps, children: false, placement: 'block', summary: 'a shared piece of text from content/snippets/: <Snippet id="…" />' },
  SupportHours: { props: SupportHoursProps, children: false, placement: 'block', summary: 'a channel\'s support hours, e.g. <SupportHours channel="chat" />' },
};

export const CONTENT_COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS);

/** The words a component shows from its props (see ContentComponentSpec.text); videos, downloads and support hours keep theirs out of plain text. */
export const componentText = (name: string, props: Record<string, string | true>, words: ComponentWords) => CONTENT_COMPONENTS[name]?.text?.(props, words);

/** Whether a component renders blocks, and so stands on a line of its own. */
export const isBlockComponent = (name: string) => CONTENT_COMPONENTS[name]?.placement === 'block';
