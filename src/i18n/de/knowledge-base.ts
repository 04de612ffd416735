import type { CompleteArea } from '../catalogue';

/** German: home, category, section, article and label pages. */
export default {
} satisfies CompleteArea<'knowledgeBase'>;
