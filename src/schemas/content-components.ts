import { z } from 'astro/zod';

/**
 * The components writers may use in MDX without an import, and the props each one takes. This
 * table is the allow-list of safe mode: a component that is not here is refused, and the props
 * of one that is are checked against its schema before anything renders, so a mistake is
 * reported at the writer's line. Props are written as plain attributes (`channel="chat"`); an
 * attribute without a value (`compact`) arrives as `true`.
 */

/** What the checks know about the site when they validate props. */
export interface ComponentContext {
  /** Support-hours channels that have hours in the settings. */
  channelsWithHours: readonly string[];
}

/** `<SupportHours channel="chat" />`: a channel's weekly hours, converted to the visitor's zone in the browser. */
export function SupportHoursProps(context: ComponentContext) {
  return z.strictObject({
    /** chat, requests or screenShare: a channel with hours under `supportHours` in settings.yaml. Required. */
    channel: z.enum(context.channelsWithHours as [string, ...string[]], {
      error: context.channelsWithHours.length
        ? `use a channel with hours in settings.yaml: ${context.channelsWithHours.join(', ')}`
        : 'no channel has hours yet: add them under supportHours in settings.yaml (see src/config/contact-settings.ts)',
    }),
    /** A caption instead of the channel's name, e.g. "Live chat and requests". Default: the channel's name. */
    label: z.string().min(1).optional(),
  });
}

export interface ContentComponentSpec {
  /** The schema of its props, given what the checks know about the site. */
  props: (context: ComponentContext) => z.ZodType;
  /** Whether it takes content between its tags. */
  children: boolean;
  /** One line for error messages and the writers' guide. */
  summary: string;
}

export const CONTENT_COMPONENTS: Record<string, ContentComponentSpec> = {
  SupportHours: { props: SupportHoursProps, children: false, summary: 'a channel\'s support hours, e.g. <SupportHours channel="chat" />' },
};

export const CONTENT_COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS);
