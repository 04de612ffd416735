import type { CompleteArea } from '../catalogue';

/** Arabic: the FAQ index and FAQ pages. */
export default {
} satisfies CompleteArea<'faq'>;
