import type { FaqData } from '../../schemas/faq';
import type { Entry } from '../knowledge-base/model';
import { sortByOrder } from '../knowledge-base/model';

/** An FAQ page as the pages need it; its questions come from rendering it (see src/markdown/remark-faq.ts). */
export type FaqPageEntry = Entry<FaqData>;

/** Published FAQ pages in index order: by `order`, then title. */
export function orderFaqs(faqs: readonly FaqPageEntry[]): FaqPageEntry[] {
  return sortByOrder(faqs);
}
