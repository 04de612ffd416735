import type { CompleteArea } from '../catalogue';

/** German: the FAQ index and FAQ pages. */
export default {
} satisfies CompleteArea<'faq'>;
