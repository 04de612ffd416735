import type { CompleteArea } from '../catalogue';

/** Arabic: home, category, section, article and label pages. */
export default {
} satisfies CompleteArea<'knowledgeBase'>;
