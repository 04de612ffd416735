/** English: the community home, topics, questions, answers, tags. */
export default {
};
