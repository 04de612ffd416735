import type { CompleteArea } from '../catalogue';

/** German: the community home, topics, questions, answers, tags. */
export default {
} satisfies CompleteArea<'community'>;
