/**
 * Bodies of the generated FAQ pages, community questions and answers: shorter than articles,
 * with the structure the project reads from them (each FAQ question a `##` heading followed by
 * its answer) and links into the knowledge base.
 */
import type { LinkTarget } from './article.ts';
import { capitalise, type Text } from './text.ts';

const QUESTIONS: ((t: Text, about: string) => string)[] = [
  (t, about) => `How do I ${t.pick(['create', 'edit', 'export', 'archive'])} a ${t.domainWord()} ${t.word()} in ${about}?`,
  (t, about) => `Can I ${t.pick(['send', 'approve', 'track', 'schedule'])} ${t.domainWord()} ${t.word()}s from ${about}?`,
  (t, about) => `Why does the ${t.domainWord()} ${t.word()} change after ${about}?`,
  (t, about) => `What happens to my ${t.domainWord()} when ${about} is off?`,
];

/**
 * An FAQ page's body: a short introduction, then `count` questions as `##` headings, each with its
 * answer. `asked` holds every question already used by other pages (lower-cased), since the project
 * rejects a question answered on two FAQ pages; new ones are added to it.
 */
export function faqBody(t: Text, about: string, count: number, asked: Set<string>, link: LinkTarget): string {
  const blocks = [t.paragraph(t.int(20, 35))];
  for (let i = 0; i < count; i++) {
    let question: string;
    do question = t.pick(QUESTIONS)(t, about);
    while (asked.has(question.toLowerCase()));
    asked.add(question.toLowerCase());
    blocks.push(`## ${question}`, t.paragraph(t.int(30, 70)));
    if (i % 3 === 1) blocks.push(Array.from({ length: 3 }, () => `- ${t.markedSentence(t.int(5, 8))}`).join('\n'));
    if (i === 0) blocks.push(`${t.sentence(6).slice(0, -1)}: [${link.title}](/articles/${link.slug}/) explains it step by step.`);
  }
  return blocks.join('\n\n');
}

export function questionTitle(t: Text): string {
  return `${capitalise(t.pick(['why does my', 'how can I stop the', 'is there a way to export the', 'where did my']))} ${t.domainWord()} ${t.word()} go${t.rand() < 0.5 ? ' missing' : ''}?`;
}

/** What a customer writes when asking: a paragraph or two, sometimes with a value in code. */
export function questionBody(t: Text): string {
  return [t.paragraph(t.int(40, 80)), t.paragraph(t.int(15, 35))].join('\n\n');
}

/** An answer: an explanation, the steps and a link to the article that covers it. */
export function answerBody(t: Text, link: LinkTarget): string {
  const steps = Array.from({ length: 3 }, (_, i) => `${i + 1}. ${t.markedSentence(t.int(6, 10))}`).join('\n');
  return [t.paragraph(t.int(30, 60)), steps, `[${link.title}](/articles/${link.slug}/) has more on this.`].join('\n\n');
}
