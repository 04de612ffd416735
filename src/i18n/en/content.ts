/** English: the writers' components: callouts, tabs, code blocks, figures, videos, downloads. */
export default {
};
