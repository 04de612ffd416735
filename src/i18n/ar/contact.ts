import type { CompleteArea } from '../catalogue';

/**
 * Arabic: the words of getting in touch that the layout shows on every page. The launcher,
 * the contact panel, the request form and the support hours add theirs here.
 */
export default {
  submitRequest: 'أرسل طلبًا',
} satisfies CompleteArea<'contact'>;
