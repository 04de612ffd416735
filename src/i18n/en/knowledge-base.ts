/** English: home, category, section, article and label pages. */
export default {
};
