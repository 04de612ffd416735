/**
 * English: the words of getting in touch that the layout shows on every page. The launcher,
 * the contact panel, the request form and the support hours add theirs here.
 */
export default {
  /** The header's request button, the footer's link, and every other "Submit a request" that starts a sentence. */
  submitRequest: 'Submit a request',
};
