import { getCollection, render, type CollectionEntry } from 'astro:content';
import { Community, type AuthorInfo } from '../lib/community/model';

/**
 * The bridge between Astro's content layer and the community model in src/lib, built once per
 * build and shared by every page, so that 5,000 questions are not regrouped for each page.
 */
const fileOf = (entry: { filePath?: string }) => entry.filePath ?? '';

let model: Promise<{
  community: Community;
  questionEntries: Map<string, CollectionEntry<'questions'>>;
  answerEntries: Map<string, CollectionEntry<'answers'>>;
}> | undefined;

async function build() {
  const [topics, questions, answers, authors] = await Promise.all([
    getCollection('topics'),
    getCollection('questions'),
    getCollection('answers'),
    getCollection('authors'),
  ]);
  const authorInfo = new Map<string, AuthorInfo>(
    authors.map((a) => [a.id, { name: a.data.name, role: a.data.role, avatar: a.data.avatar, staff: a.data.staff }]),
  );
  const community = new Community({
    topics: topics.map((t) => ({ slug: t.id, file: fileOf(t), data: t.data })),
    questions: questions.map((q) => ({ slug: q.id, file: fileOf(q), data: q.data })),
    answers: answers.map((a) => ({ slug: a.id, file: fileOf(a), data: a.data })),
    authors: authorInfo,
  });
  return {
    community,
    questionEntries: new Map(questions.map((q) => [q.id, q])),
    answerEntries: new Map(answers.map((a) => [a.id, a])),
  };
}

export function getCommunity() {
  model ??= build();
  return model;
}

/** Renders a question or an answer: its content and the plain text the remark plugin took from it. */
export async function renderPost(entry: CollectionEntry<'questions'> | CollectionEntry<'answers'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return { Content, text: String(remarkPluginFrontmatter.plainText ?? '') };
}
