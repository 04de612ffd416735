import type { CompleteArea } from '../catalogue';

/** Arabic: the community home, topics, questions, answers, tags. */
export default {
} satisfies CompleteArea<'community'>;
