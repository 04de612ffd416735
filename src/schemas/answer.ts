import { z } from 'astro/zod';
import { DateSchema, SlugSchema } from './shared';

/**
 * The frontmatter of one answer (an .mdx file under content/community/answers/). One file per
 * answer, so that two people answering the same question never edit the same file.
 */
export function AnswerSchema() {
  return z
    .strictObject({
      /** The question's file name without extension, e.g. "split-a-meeting-between-clients". Required. */
      question: SlugSchema(),
      /** The answerer's file name in content/authors/; staff authors are shown as "Official". Required. */
      author: SlugSchema(),
      /** The day the answer was given, YYYY-MM-DD; not before the question was asked. Required. */
      date: DateSchema(),
      /** The day the answer was last edited, YYYY-MM-DD. Default: none. */
      updated: DateSchema().optional(),
      /** The vote count to show, copied from wherever votes are collected. Default: 0. */
      votes: z.number().int().min(0).default(0),
      /** The answer that solved the question; at most one per question. Default: false. */
      accepted: z.boolean().default(false),
    })
    .refine((a) => !a.updated || a.updated >= a.date, {
      message: '`updated` is earlier than `date`; use the day of the last edit or remove `updated`',
      path: ['updated'],
    });
}

export type AnswerData = z.output<ReturnType<typeof AnswerSchema>>;
