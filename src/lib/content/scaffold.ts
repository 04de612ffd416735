/**
 * New files for `npm run new`: the right folder, a file name made from the title, and
 * frontmatter that passes the checks as it stands, so a writer only adds their words.
 */
import { answerAnchor } from '../community/model';
import { answerTemplate, questionTemplate } from '../community/templates';
import { isoDate } from '../site/dates';
import { urls } from '../site/urls';
import { suggestSlug } from './content-files';

export const KINDS = ['article', 'faq', 'question', 'answer', 'snippet'] as const;
export type Kind = (typeof KINDS)[number];

export interface ScaffoldInput {
  kind: Kind;
  title: string;
  today: Date;
  /** The content folder relative to the repository, e.g. "content". */
  contentRoot: string;
  /** For an article: its section, and the category that section is in (its folder). */
  section?: { slug: string; category: string };
  author?: string;
  /** For a question: its topic. */
  topic?: string;
  /** For an answer: the question's file name. */
  question?: string;
}

export interface NewFile {
  path: string;
  content: string;
  /** The page the file becomes, if it has one of its own. */
  url?: string;
}

const yamlString = (text: string) => JSON.stringify(text);

/** The file to write, or what is missing to write it. */
export function scaffold(input: ScaffoldInput): NewFile | { missing: string } {
  const slug = suggestSlug(input.title);
  const author = input.author ?? '';
  if (!author && input.kind !== 'faq' && input.kind !== 'snippet') return { missing: `a new ${input.kind} needs --author <file name of an author in content/authors/>` };
  switch (input.kind) {
    case 'article': {
      if (!input.section) return { missing: 'an article needs --section <file name of a section in content/sections/>' };
      return {
        path: `${input.contentRoot}/articles/${input.section.category}/${slug}.mdx`,
        url: urls.article(slug),
        content: [
          '---',
          `title: ${yamlString(input.title)}`,
          'description: "One sentence a customer reads in search results: what this article helps them do."',
          `section: ${input.section.slug}`,
          `author: ${author}`,
          `created: ${isoDate(input.today)}`,
          '---',
          '',
          'Say in a sentence or two who this is for and what they will have done at the end.',
          '',
          '## Before you start',
          '',
          '- What the reader needs first (a plan, a permission, a setting).',
          '',
          '## Steps',
          '',
          '1. The first thing to do.',
          '2. The next thing.',
          '',
        ].join('\n'),
      };
    }
    case 'faq':
      return {
        path: `${input.contentRoot}/faq/${slug}.mdx`,
        url: urls.faq(slug),
        content: ['---', `title: ${yamlString(input.title)}`, 'description: "One sentence: which questions this page answers."', '---', '', '## The first question, as a customer asks it?', '', 'Its answer, in a few sentences. Link to the article with the full steps.', ''].join('\n'),
      };
    case 'question': {
      if (!input.topic) return { missing: 'a question needs --topic <file name of a topic in content/community/topics/>' };
      const file = questionTemplate({ contentRoot: input.contentRoot, topic: input.topic, today: input.today });
      return {
        path: file.path.replace('your-question-in-a-few-words', slug),
        url: urls.question(slug),
        content: file.content.replace('title: Your question, as you would ask a colleague', `title: ${yamlString(input.title)}`).replace('author: your-name', `author: ${author}`),
      };
    }
    case 'answer': {
      if (!input.question) return { missing: 'an answer needs --question <file name of the question>' };
      const file = answerTemplate({ contentRoot: input.contentRoot, question: input.question, today: input.today });
      return { path: file.path.replace('your-name.mdx', `${author}.mdx`), url: `${urls.question(input.question)}#${answerAnchor(`${input.question}/${author}`)}`, content: file.content.replace('author: your-name', `author: ${author}`) };
    }
    case 'snippet':
      return {
        path: `${input.contentRoot}/snippets/${slug}.mdx`,
        content: ['---', `title: ${yamlString(input.title)}`, '---', '', 'The text every page that includes this snippet shows.', ''].join('\n'),
      };
  }
}
