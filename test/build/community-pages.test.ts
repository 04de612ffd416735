import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { communityOf } from '../support/community-content';
import { builtPages, jsonLdOf, readPage } from '../support/html';
import { buildSite, outDir, ROOT, SITES, TEST_OUTPUT, type SiteName } from '../support/sites';

/** The community Q&A as built: a page for every file, QAPage JSON-LD only where there are answers, lists that work without scripts. */

interface AnswerLd {
  '@type': string;
  text: string;
  url: string;
  upvoteCount: number;
  datePublished: string;
  author: { '@type': string; name: string };
}
interface QaPageLd {
  '@type': 'QAPage';
  mainEntity: {
    '@type': string;
    name: string;
    text: string;
    answerCount: number;
    upvoteCount: number;
    datePublished: string;
    author: { '@type': string; name: string };
    acceptedAnswer?: AnswerLd;
    suggestedAnswer?: AnswerLd[];
  };
}

const questionUrl = (slug: string) => `/community/questions/${slug}/`;
const anchorOf = (answerId: string) => `answer-${answerId.replaceAll('/', '--')}`;
const rowSlugs = (html: HTMLElement) => html.querySelectorAll('.question-list .question-row').map((r) => r.getAttribute('data-question')!);

describe.each(['example', 'fixture'] as SiteName[])('the community of the %s site', (site) => {
  const dist = outDir(site);
  const content = communityOf(SITES[site].content);
  const built = new Set(builtPages(dist));
  const answersTo = (slug: string) => content.answers.filter((a) => a.data.question === slug);

  it('has a page for every topic, question and tag, and shows every answer on its question’s page', () => {
    expect(content.questions.length).toBeGreaterThan(5);
    expect(content.topics.filter((t) => !built.has(`/community/topics/${t.slug}/`)).map((t) => t.file)).toEqual([]);
    expect(content.questions.filter((q) => !built.has(questionUrl(q.slug))).map((q) => q.file)).toEqual([]);
    const tags = new Set(content.questions.flatMap((q) => q.data.tags as string[]));
    expect([...tags].filter((t) => !built.has(`/community/tags/${t}/`))).toEqual([]);
    const missing = content.answers.filter((a) => !readPage(dist, questionUrl(a.data.question as string)).querySelector(`article#${anchorOf(a.id)}`));
    expect(missing.map((a) => a.file)).toEqual([]);
  });

  it('gives a QAPage to every answered question, with the required properties, and none to an unanswered one', () => {
    let answered = 0;
    for (const q of content.questions) {
      const html = readPage(dist, questionUrl(q.slug));
      const ld = jsonLdOf(html);
      const qaPages = ld.filter((d) => d['@type'] === 'QAPage') as unknown as QaPageLd[];
      expect(ld.some((d) => d['@type'] === 'FAQPage' || d['@type'] === 'DiscussionForumPosting'), q.file).toBe(false);
      const answers = answersTo(q.slug);
      if (!answers.length) {
        expect(qaPages, `${q.file} has no answers`).toEqual([]);
        continue;
      }
      answered++;
      expect(qaPages, q.file).toHaveLength(1);
      const { mainEntity } = qaPages[0]!;
      expect(mainEntity).toMatchObject({ '@type': 'Question', name: q.data.title, answerCount: answers.length, upvoteCount: q.data.votes });
      expect(mainEntity.text.length).toBeGreaterThan(0);
      expect(mainEntity.datePublished).toBe((q.data.asked as Date).toISOString().slice(0, 10));
      expect(mainEntity.author.name.length).toBeGreaterThan(0);
      const all = [...(mainEntity.acceptedAnswer ? [mainEntity.acceptedAnswer] : []), ...(mainEntity.suggestedAnswer ?? [])];
      expect(all).toHaveLength(answers.length);
      const accepted = answers.find((a) => a.data.accepted);
      if (accepted) expect(new URL(mainEntity.acceptedAnswer!.url).hash).toBe(`#${anchorOf(accepted.id)}`);
      else expect(mainEntity.acceptedAnswer, q.file).toBeUndefined();
      for (const a of all) {
        expect(a['@type']).toBe('Answer');
        expect(a.text.length).toBeGreaterThan(0);
        expect(typeof a.upvoteCount).toBe('number');
        expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(a.author.name.length).toBeGreaterThan(0);
        const url = new URL(a.url);
        expect(url.pathname).toBe(questionUrl(q.slug));
        expect(html.querySelector(url.hash), a.url).not.toBeNull();
      }
    }
    expect(answered).toBeGreaterThan(3);
  });

  it('sorts answers by votes, marks the accepted one, and marks answers by staff "Official"', () => {
    for (const q of content.questions) {
      const html = readPage(dist, questionUrl(q.slug));
      const shown = html.querySelectorAll('article.answer');
      const votes = shown.map((a) => Number(a.getAttribute('data-votes')));
      expect(votes, q.file).toEqual([...votes].sort((x, y) => y - x));
      for (const article of shown) {
        const answer = content.answers.find((a) => a.id === article.getAttribute('data-answer'))!;
        expect(Boolean(article.querySelector('.flag--accepted')), answer.file).toBe(answer.data.accepted === true);
        expect(Boolean(article.querySelector('.flag--official')), answer.file).toBe(content.staff.has(answer.data.author as string));
      }
    }
  });

  it('shows the accepted answer once, in the list, with a link under the question that jumps to it', () => {
    for (const q of content.questions) {
      const html = readPage(dist, questionUrl(q.slug));
      const accepted = answersTo(q.slug).find((a) => a.data.accepted);
      const jump = html.querySelector('.accepted-jump');
      if (!accepted) {
        expect(jump, q.file).toBeNull();
        continue;
      }
      expect(jump?.querySelector(`a[href="#${anchorOf(accepted.id)}"]`)?.textContent, q.file).toBe('Jump to the accepted answer');
      // Its words appear once on the page: in the answer itself, not quoted again above it.
      const firstWords = html.querySelector(`#${anchorOf(accepted.id)} .prose`)!.textContent.trim().split(/\s+/).slice(0, 6).join(' ');
      expect(html.querySelector('main')!.textContent.replace(/\s+/g, ' ').split(firstWords).length - 1, q.file).toBe(1);
    }
  });

  it('puts a banner on a duplicate pointing to the original', () => {
    for (const q of content.questions.filter((x) => x.data.duplicateOf)) {
      const banner = readPage(dist, questionUrl(q.slug)).querySelector('.duplicate-banner[role="note"]');
      expect(banner, q.file).not.toBeNull();
      expect(banner!.querySelector('a')?.getAttribute('href')).toMatch(/^\/community\/questions\/[a-z0-9-]+\/$/);
    }
  });

  it('lists a topic’s questions with status, answers, votes, tags, author and date, pinned first', () => {
    for (const t of content.topics) {
      const html = readPage(dist, `/community/topics/${t.slug}/`);
      const questions = content.questions.filter((q) => q.data.topic === t.slug);
      const rows = html.querySelectorAll('.question-list .question-row');
      expect(rows.length, t.file).toBe(Math.min(questions.length, site === 'fixture' ? 3 : 20));
      for (const row of rows) {
        expect(row.querySelector('.status')?.textContent.trim()).toMatch(/^Status: (Unanswered|Answered|Planned|Not planned|Completed)$/);
        expect(row.querySelector('.question-stats')?.textContent).toMatch(/\d+ votes?.*\d+ answers?/s);
        expect(row.querySelector('.question-meta time[datetime]')).not.toBeNull();
        expect(row.querySelector('.question-meta')?.textContent).toMatch(/Asked by \S+/);
      }
      const pinned = rowSlugs(html).map((s) => content.questions.find((q) => q.slug === s)!.data.pinned === true);
      expect(pinned, t.file).toEqual([...pinned].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('never badges a question "Unanswered" in the Answered list, nor "Answered" in the Unanswered one', () => {
    for (const t of content.topics) {
      for (const [filter, wrong] of [['answered', 'open'], ['unanswered', 'answered']] as const) {
        const html = readPage(dist, `/community/topics/${t.slug}/${filter}/`);
        const statuses = html.querySelectorAll('.question-row .status').map((s) => s.getAttribute('data-status'));
        expect(statuses, `${t.file} ${filter}`).not.toContain(wrong);
        for (const row of html.querySelectorAll('.question-row')) {
          expect(Number(row.getAttribute('data-answers')) > 0, `${t.file} ${filter}`).toBe(filter === 'answered');
        }
      }
    }
  });

  it('has a page for each filter and sort whose links work without scripts; only the default view is indexed', () => {
    for (const t of content.topics) {
      const base = `/community/topics/${t.slug}/`;
      const questions = content.questions.filter((q) => q.data.topic === t.slug);
      const unanswered = questions.filter((q) => answersTo(q.slug).length === 0).map((q) => q.slug).sort();
      const html = readPage(dist, base);
      for (const a of html.querySelectorAll('.list-views a')) expect(built.has(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
      expect(html.querySelector('meta[name="robots"]')).toBeNull();
      const view = readPage(dist, `${base}unanswered/`);
      expect(view.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(view.querySelector('.list-views a[aria-current="page"][data-filter="unanswered"]')).not.toBeNull();
      if (unanswered.length <= 3) expect(rowSlugs(view).sort(), t.file).toEqual(unanswered);
      const byVotes = rowSlugs(readPage(dist, `${base}answered/votes/`)).map((s) => questions.find((q) => q.slug === s)!);
      expect(byVotes.every((q) => answersTo(q.slug).length > 0)).toBe(true);
      const unpinned = byVotes.filter((q) => !q.data.pinned).map((q) => q.data.votes as number);
      expect(unpinned).toEqual([...unpinned].sort((x, y) => y - x));
    }
  });

  it('lists the questions of each tag on its tag page', () => {
    for (const tag of new Set(content.questions.flatMap((q) => q.data.tags as string[]))) {
      const expected = content.questions.filter((q) => (q.data.tags as string[]).includes(tag)).map((q) => q.slug).sort();
      const shown = rowSlugs(readPage(dist, `/community/tags/${tag}/`));
      if (expected.length <= 3) expect(shown.sort(), tag).toEqual(expected);
      else expect(shown.every((s) => expected.includes(s)), tag).toBe(true);
    }
  });

  it('offers related questions that share a tag', () => {
    for (const q of content.questions) {
      const related = readPage(dist, questionUrl(q.slug)).querySelectorAll('[aria-labelledby="related-title"] a');
      for (const a of related) {
        const other = content.questions.find((x) => questionUrl(x.slug) === a.getAttribute('href'))!;
        expect((other.data.tags as string[]).some((t) => (q.data.tags as string[]).includes(t)), `${q.slug} → ${other.slug}`).toBe(true);
      }
    }
  });

  it('tells search that question pages are questions, with their topic and tags', () => {
    for (const q of content.questions) {
      const body = readPage(dist, questionUrl(q.slug)).querySelector('[data-pagefind-body]')!;
      expect(body.getAttribute('data-search-type')).toBe('question');
      expect(body.getAttribute('data-pagefind-filter')).toContain('topic[data-search-topic]');
      expect(body.querySelectorAll('[data-answer]').length).toBe(answersTo(q.slug).length);
    }
  });

  it('is linked from the home page and the main navigation', () => {
    const home = readPage(dist, '/');
    expect(home.querySelector('[data-home-community] a[href="/community/"]')).not.toBeNull();
    expect(home.querySelector('nav.primary-nav a[href="/community/"]')?.textContent.trim()).toBe('Community');
  });
});

describe('asking and answering in the example site (a GitHub repository)', () => {
  const dist = outDir('example');

  it('"Ask a question" leads a customer to the request form first, and offers GitHub’s new-file page with a question file as a second way', () => {
    const html = readPage(dist, '/community/topics/invoicing/');
    expect(html.querySelector('a[data-ask]')!.getAttribute('href')).toBe('/request/?type=question');
    const href = html.querySelector('a[data-ask-file]')!.getAttribute('href')!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/larkspur-example/help-center/new/main');
    expect(url.searchParams.get('filename')).toBe('content/community/questions/invoicing/your-question-in-a-few-words.mdx');
    expect(url.searchParams.get('value')).toMatch(/^---\ntitle: .+\ntopic: invoicing\n/);
  });

  it('"Propose an answer" opens a new answer file for the question, and the request form is offered with the question filled in', () => {
    const html = readPage(dist, '/community/questions/invoice-client-in-euros/');
    const send = new URL(html.querySelector('a[data-send-answer]')!.getAttribute('href')!, 'https://x.example');
    expect([send.pathname, send.searchParams.get('subject')]).toEqual(['/request/', 'An answer to: Can I invoice one client in euros when my workspace is in dollars?']);
    const url = new URL(html.querySelector('a[data-propose]')!.getAttribute('href')!);
    expect(url.searchParams.get('filename')).toBe('content/community/answers/invoice-client-in-euros/your-name.mdx');
    expect(url.searchParams.get('value')).toContain('question: invoice-client-in-euros\n');
    const support = new URL(html.querySelector('a[data-ask-support]')!.getAttribute('href')!, 'https://x.example');
    expect(support.pathname).toBe('/request/');
    expect(support.searchParams.get('subject')).toBe('Can I invoice one client in euros when my workspace is in dollars?');
    expect(support.searchParams.get('type')).toBe('question');
  });

  it('takes no new answers on a closed question', () => {
    const html = readPage(dist, '/community/questions/left-timer-running-all-weekend/');
    expect(html.querySelector('a[data-propose]')).toBeNull();
    expect(html.querySelector('#contribute-title')?.textContent).toBe('This question is closed');
  });
});

describe('the fixture community’s edge cases', () => {
  const dist = outDir('fixture');

  it('fills the configured new-file pattern (another host)', () => {
    const href = readPage(dist, '/community/topics/general/').querySelector('a[data-ask-file]')!.getAttribute('href')!;
    expect(href.startsWith('https://git.example/fixture/-/new/main/test%2Ffixtures%2Fsite%2Fcommunity%2Fquestions%2Fgeneral?file_name=your-question-in-a-few-words.mdx&content=')).toBe(true);
  });

  it('shows a hostile title as text everywhere and escapes it in the JSON-LD', () => {
    const html = readPage(dist, '/community/questions/hostile-title-question/');
    expect(html.querySelector('h1')?.textContent).toBe('Does <img src=x onerror=alert(1)> & </script> show as text?');
    expect(html.querySelector('img[onerror]')).toBeNull();
    for (const s of html.querySelectorAll('script[type="application/ld+json"]')) expect(s.textContent).not.toMatch(/<\/script|<img/i);
    expect(readPage(dist, '/community/').querySelector('img[onerror]')).toBeNull();
  });

  it('breaks a tie in votes with the accepted answer, then the official one, then the earliest', () => {
    const order = readPage(dist, '/community/questions/tied-votes/').querySelectorAll('article.answer').map((a) => a.getAttribute('data-answer'));
    expect(order).toEqual(['tied-votes/sam-top', 'tied-votes/sam-accepted', 'tied-votes/robin-official', 'tied-votes/sam-first']);
  });

  it('sends a duplicate of a duplicate to the original at the end of the chain', () => {
    const banner = readPage(dist, '/community/questions/chain-start/').querySelector('.duplicate-banner a');
    expect(banner?.getAttribute('href')).toBe('/community/questions/chain-end/');
    const original = readPage(dist, '/community/questions/chain-end/');
    expect(original.querySelectorAll('[aria-labelledby="linked-title"] a').map((a) => a.getAttribute('href'))).toEqual(['/community/questions/chain-middle/']);
  });

  it('paginates a topic and keeps filter and sort in the page links', () => {
    const first = readPage(dist, '/community/topics/general/votes/');
    expect(first.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')).toBe('/community/topics/general/votes/page/2/');
    const last = readPage(dist, '/community/topics/general/votes/page/3/');
    expect(last.querySelector('h1')?.textContent).toBe('General');
    expect(last.querySelector('title')?.textContent).toContain('(page 3 of 3)');
    const all = ['', 'page/2/', 'page/3/'].flatMap((p) => rowSlugs(readPage(dist, `/community/topics/general/votes/${p}`)));
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
  });

  it('says so when a filter has nothing to show', () => {
    expect(readPage(dist, '/community/topics/empty-topic/').querySelector('.empty-list')?.textContent).toContain('No questions in this topic yet');
  });
});

describe('a help center without FAQ or community files', () => {
  const out = `${TEST_OUTPUT}/without-community-dist`;
  let status: number | null = null;
  beforeAll(() => {
    const content = `${TEST_OUTPUT}/without-community`;
    fs.rmSync(path.join(ROOT, content), { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'test/fixtures/site'), path.join(ROOT, content), { recursive: true });
    for (const folder of ['faq', 'community']) fs.rmSync(path.join(ROOT, content, folder), { recursive: true });
    status = buildSite(content, out).status;
  }, 120_000);

  it('builds no FAQ or community page, and links to none', () => {
    expect(status).toBe(0);
    const pages = builtPages(path.join(ROOT, out));
    expect(pages.filter((p) => p.startsWith('/faq/') || p.startsWith('/community/'))).toEqual([]);
    const home = readPage(path.join(ROOT, out), '/');
    expect(home.querySelectorAll('a[href^="/faq/"], a[href^="/community/"]')).toHaveLength(0);
    expect(home.querySelector('[data-home-faq], [data-home-community]')).toBeNull();
  });
});
