import { z } from 'astro/zod';
import { DateSchema, SlugSchema } from './shared';

/**
 * The statuses a question shows. `open` (no answer yet) and `answered` (at least one answer)
 * follow from the answer files, by the same rule as the topic lists' filters, so a writer never
 * sets them; `planned`, `not-planned` and `completed` are written for feature requests. The
 * labels and meanings shown to customers live in src/lib/community/status.ts.
 */
export const QUESTION_STATUSES = ['open', 'answered', 'planned', 'not-planned', 'completed'] as const;
/** The statuses a question file may set. */
export const WRITTEN_STATUSES = ['planned', 'not-planned', 'completed'] as const;

/** The frontmatter of a community question (an .mdx file under content/community/questions/). The body is the question's text. */
export function QuestionSchema() {
  return z
    .strictObject({
      /** The question as a customer would ask it, shown as the page heading. Required. */
      title: z.string().min(1).max(150),
      /** The topic's file name without extension, e.g. "time-tracking". Required. */
      topic: SlugSchema(),
      /** Short topic words; questions sharing tags are offered as related, and each tag has a page. Default: []. */
      tags: z.array(SlugSchema()).max(8).default([]),
      /** The asker's file name in content/authors/, e.g. "ines-duarte". Required. */
      author: SlugSchema(),
      /** The day the question was asked, YYYY-MM-DD. Required. */
      asked: DateSchema(),
      /** The day the question itself was last edited, YYYY-MM-DD; answers count as activity on their own. Default: none. */
      updated: DateSchema().optional(),
      /** For a feature request: planned, not-planned or completed. Default: none, and the question shows "Answered" once it has an answer, "Unanswered" before. */
      status: z.enum(WRITTEN_STATUSES, { error: 'use planned, not-planned or completed for a feature request, or remove `status`: whether a question is answered follows from its answers' }).optional(),
      /** Keep the question at the top of its topic's lists. Default: false. */
      pinned: z.boolean().default(false),
      /** Show the question under "Featured questions" on the community home. Default: false. */
      featured: z.boolean().default(false),
      /** No new answers are proposed; the page says so instead of offering "Propose an answer". Default: false. */
      closed: z.boolean().default(false),
      /** The file name of the question this one repeats; its page then points there. Default: none. */
      duplicateOf: SlugSchema().optional(),
      /** The vote count to show, copied from wherever votes are collected. Default: 0. */
      votes: z.number().int().min(0).default(0),
    })
    .refine((q) => !q.updated || q.updated >= q.asked, {
      message: '`updated` is earlier than `asked`; use the day of the last edit or remove `updated`',
      path: ['updated'],
    });
}

export type QuestionData = z.output<ReturnType<typeof QuestionSchema>>;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
