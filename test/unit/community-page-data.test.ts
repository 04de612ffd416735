import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { answersWithPosts, communityHomePage, questionHead, questionPage, tagPages, tagsPage, topicPages } from '../../src/lib/community/page-data';
import { answer, question, settingsOf, siteModelOf, topic } from '../support/site-model';

const en = translatorFor('en');

const model = siteModelOf({
  topics: [topic('time', { title: 'Time tracking' }), topic('ideas', { title: 'Ideas' })],
  questions: [
    question('overnight', 'time', { tags: ['timer', 'mobile'], votes: 3, featured: true }),
    question('rounding', 'time', { tags: ['timer'] }),
    question('dark-mode', 'ideas', { tags: ['ui'], duplicateOf: undefined }),
    question('night-theme', 'ideas', { tags: ['ui'], duplicateOf: 'dark-mode' }),
  ],
  answers: [
    answer('overnight/robin', 'overnight', { accepted: true, votes: 2 }),
    answer('overnight/sam', 'overnight', { author: 'sam', votes: 5 }),
  ],
});
const settings = settingsOf('editUrl: https://github.com/acme/help/edit/main/{path}', 'community:', '  pageSize: 1', '  popularTags: 2');

describe('communityHomePage', () => {
  it('counts each topic, lists featured and recent questions and the most used tags, and offers to ask', () => {
    const page = communityHomePage(model, settings, en);
    expect(page.topics.map((t) => [t.topic.slug, t.all, t.unanswered])).toEqual([['ideas', 2, 2], ['time', 2, 1]]);
    expect(page.featured.map((s) => s.question.slug)).toEqual(['overnight']);
    expect(page.popularTags).toEqual([{ tag: 'timer', count: 2 }, { tag: 'ui', count: 2 }]);
    expect(page.ask?.newFileHref).toMatch(/^https:\/\/github\.com\/acme\/help\/new\/main\?filename=content%2Fcommunity%2Fquestions%2Fideas%2F/);
    expect(page.ask?.requestHref).toBe('/request/?type=question');
  });
});

describe('topicPages', () => {
  it('makes a page of every filter, sort and page, only the default one indexed', () => {
    const pages = topicPages(model, settings, en).filter((p) => p.topic.slug === 'time');
    const paths = pages.map((p) => p.viewPath ?? '');
    expect(paths).toContain('');
    expect(paths).toContain('page/2');
    expect(paths).toContain('unanswered/votes');
    const first = pages.find((p) => p.viewPath === undefined)!;
    expect(first.head.noindex).toBe(false);
    expect(first.head.title).toBe('Time tracking (page 1 of 2)');
    expect(pages.find((p) => p.viewPath === 'answered/newest')!.head).toMatchObject({ noindex: true, title: 'Time tracking: answered questions, newest first' });
    expect(first.counts).toEqual({ all: 2, answered: 1, unanswered: 1 });
  });
});

describe('tag pages', () => {
  it('list every tag with its count, and page through its questions', () => {
    expect(tagsPage(model, en).tags).toEqual([{ tag: 'mobile', count: 1 }, { tag: 'timer', count: 2 }, { tag: 'ui', count: 2 }]);
    const timer = tagPages(model, settings, en).filter((p) => p.tag === 'timer');
    expect(timer.map((p) => p.page.current)).toEqual([1, 2]);
    expect(timer[1]!.head.title).toBe('Questions tagged “timer” (page 2 of 2)');
  });
});

describe('questionPage and questionHead', () => {
  it('sorts the answers by votes, marks the official one and links a duplicate to its original', () => {
    const page = questionPage(model, 'overnight', settings, en);
    expect(page.answers.map((a) => [a.answer.slug, a.official])).toEqual([['overnight/sam', false], ['overnight/robin', true]]);
    expect(page.askerName).toBe('Sam Customer');
    expect(page.contribute.proposeHref).toMatch(/filename=content%2Fcommunity%2Fanswers%2Fovernight%2Fyour-name\.mdx/);
    expect(questionPage(model, 'night-theme', settings, en).original?.slug).toBe('dark-mode');
    expect(questionPage(model, 'dark-mode', settings, en).duplicates.map((q) => q.slug)).toEqual(['night-theme']);
  });

  it('describes the page with the question\'s words, and marks it up as a QAPage with the rendered texts', () => {
    const page = questionPage(model, 'overnight', settings, en);
    const head = questionHead(page, settings, { question: 'My timer kept running overnight.', answers: ['Use idle detection.', 'Stop it from the app.'] }, en);
    expect(head.description).toBe('My timer kept running overnight.');
    const qa = head.structuredData![0] as { '@type': string; mainEntity: { acceptedAnswer: { text: string }; suggestedAnswer: { text: string }[] } };
    expect(qa['@type']).toBe('QAPage');
    expect(qa.mainEntity.acceptedAnswer.text).toBe('Stop it from the app.');
    expect(qa.mainEntity.suggestedAnswer.map((a) => a.text)).toEqual(['Use idle detection.']);
  });

  it('puts each rendered post beside its answer, in the page\'s order, and refuses posts that do not match', () => {
    const page = questionPage(model, 'overnight', settings, en);
    const answers = answersWithPosts(page, ['first post', 'second post']);
    expect(answers.map((a) => [a.answer.slug, a.official, a.post])).toEqual([['overnight/sam', false, 'first post'], ['overnight/robin', true, 'second post']]);
    expect(() => answersWithPosts(page, ['only one'])).toThrow('2 answers to show, but 1 rendered');
  });

  it('gives an unanswered question no QAPage and a description of its own when it has no text', () => {
    const page = questionPage(model, 'rounding', settings, en);
    const head = questionHead(page, settings, { question: '', answers: [] }, en);
    expect(head.description).toBe('A community question in Time tracking.');
    expect(head.structuredData!.map((d) => (d as { '@type': string })['@type'])).toEqual(['BreadcrumbList']);
  });
});
