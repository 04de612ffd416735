import type { CompleteArea } from '../catalogue';

/** Arabic: the writers' components: callouts, tabs, code blocks, figures, videos, downloads. */
export default {
} satisfies CompleteArea<'content'>;
