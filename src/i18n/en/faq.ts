/** English: the FAQ index and FAQ pages. */
export default {
};
