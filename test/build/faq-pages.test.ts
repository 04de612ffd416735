import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { communityOf } from '../support/community-content';
import { builtPages, jsonLdOf, readPage } from '../support/html';
import { outDir, SITES, type SiteName } from '../support/sites';

/** FAQ pages as built: one page per published file, questions as anchored disclosures, and FAQPage JSON-LD that says exactly what the page shows. */

interface FaqPageLd {
  '@type': string;
  url: string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}

/** The words of a text, in order, without the spacing HTML and plain text lay out differently (or table bars). */
const words = (text: string) => text.replace(/[\s|]+/g, '');
/**
 * An element's text as a reader takes it in: scripts, and the controls search leaves out too
 * (a code block's copy button), are not part of an answer. The HTML parser keeps <pre> as raw
 * markup (highlighted code), so tags are dropped here.
 */
const textOf = (element: HTMLElement) => {
  const copy = parse(element.toString());
  for (const chrome of copy.querySelectorAll('script, [data-pagefind-ignore]')) chrome.remove();
  return copy.textContent.replace(/<[^>]*>/g, '');
};

describe.each(['example', 'fixture'] as SiteName[])('the FAQ pages of the %s site', (site) => {
  const dist = outDir(site);
  const { faqs } = communityOf(SITES[site].content);
  const published = faqs.filter((f) => !f.data.draft);
  const pages = published.map((f) => ({ faq: f, url: `/faq/${f.slug}/`, html: readPage(dist, `/faq/${f.slug}/`) }));
  const visibleQuestions = (html: HTMLElement) => html.querySelectorAll('.faq-list .faq-item').map((item) => ({
    id: item.querySelector('h2.faq-question')!.getAttribute('id')!,
    question: item.querySelector('h2.faq-question')!.textContent.trim(),
    answer: item.querySelector('.faq-answer')!,
  }));

  it('builds a page for every published FAQ file and none for drafts', () => {
    const built = new Set(builtPages(dist));
    expect(published.length).toBeGreaterThan(1);
    expect(published.filter((f) => !built.has(`/faq/${f.slug}/`)).map((f) => f.file)).toEqual([]);
    expect(faqs.filter((f) => f.data.draft && built.has(`/faq/${f.slug}/`)).map((f) => f.file)).toEqual([]);
  });

  it('shows every answer in the HTML itself, readable without scripts', () => {
    for (const { url, html } of pages) {
      const items = visibleQuestions(html);
      expect(items.length, url).toBeGreaterThan(0);
      for (const { answer } of items) {
        expect(answer.hasAttribute('hidden'), url).toBe(false);
        expect(answer.textContent.trim(), url).not.toBe('');
      }
    }
  });

  it('gives every question a stable, unique anchor that its answer is tied to', () => {
    for (const { url, html } of pages) {
      const ids = html.querySelectorAll('[id]').map((e) => e.getAttribute('id'));
      expect(new Set(ids).size, `${url} has duplicate ids`).toBe(ids.length);
      for (const { id, answer } of visibleQuestions(html)) {
        expect(id, url).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(answer.getAttribute('id'), url).toBe(`${id}-answer`);
      }
    }
  });

  it('carries one FAQPage whose questions and answers are exactly those on the page', () => {
    for (const { url, html } of pages) {
      const ld = jsonLdOf(html);
      const faqPages = ld.filter((d) => d['@type'] === 'FAQPage') as unknown as FaqPageLd[];
      expect(faqPages, url).toHaveLength(1);
      expect(ld.some((d) => d['@type'] === 'QAPage'), url).toBe(false);
      const [faqPage] = faqPages;
      expect(new URL(faqPage!.url).pathname).toBe(url);
      const visible = visibleQuestions(html);
      expect(faqPage!.mainEntity.map((q) => q.name), url).toEqual(visible.map((v) => v.question));
      faqPage!.mainEntity.forEach((q, i) => {
        expect(q['@type']).toBe('Question');
        expect(q.acceptedAnswer['@type']).toBe('Answer');
        expect(q.acceptedAnswer.text.length, `${url} ${q.name}`).toBeGreaterThan(0);
        expect(words(q.acceptedAnswer.text), `${url} ${q.name}`).toBe(words(textOf(visible[i]!.answer)));
      });
    }
  });

  it('marks each question up on one page only', () => {
    const names = pages.flatMap(({ html }) => (jsonLdOf(html).find((d) => d['@type'] === 'FAQPage') as unknown as FaqPageLd).mainEntity.map((q) => q.name));
    expect(names.length).toBeGreaterThan(4);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every FAQ page, with its number of questions, on the FAQ index', () => {
    const index = readPage(dist, '/faq/');
    for (const { faq, url, html } of pages) {
      const card = index.querySelectorAll('.card').find((c) => c.querySelector(`a[href="${url}"]`));
      expect(card?.textContent, url).toContain(`${visibleQuestions(html).length} question`);
      expect(card?.textContent).toContain(faq.data.title as string);
    }
  });

  it('is linked from its category or section page, from the home page and from the main navigation', () => {
    for (const { faq, url } of pages) {
      const from = faq.data.section ? `/sections/${faq.data.section}/` : faq.data.category ? `/categories/${faq.data.category}/` : undefined;
      if (from) expect(readPage(dist, from).querySelector(`.faq-links a[href="${url}"]`), `${from} → ${url}`).not.toBeNull();
    }
    const home = readPage(dist, '/');
    expect(home.querySelector('[data-home-faq] a[href="/faq/"]')).not.toBeNull();
    expect(home.querySelector('nav.primary-nav a[href="/faq/"]')?.textContent.trim()).toBe('FAQ');
  });

  it('tells search which page type it is', () => {
    for (const { url, html } of pages) {
      const body = html.querySelector('[data-pagefind-body]');
      expect(body?.getAttribute('data-search-type'), url).toBe('faq');
      expect(body?.querySelector('.faq-list'), url).not.toBeNull();
    }
  });
});

describe('the edge-case FAQ of the fixture site', () => {
  const dist = outDir('fixture');
  const html = readPage(dist, '/faq/edge-cases/');

  it('keeps the introduction before the first question out of the questions', () => {
    expect(html.querySelector('.faq-content > p')?.textContent).toContain('An introduction before the first question');
    expect(html.querySelector('.faq-list')?.textContent).not.toContain('An introduction before the first question');
  });

  it('shows a hostile question as text and escapes it in the JSON-LD', () => {
    const heading = html.querySelector('#does-script-script-alert-1-script-in-a-question-break-the-page');
    expect(heading?.textContent).toBe('Does </script><script>alert(1)</script> in a question break the page?');
    const raw = html.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
    for (const text of raw) expect(text).not.toMatch(/<\/script|<script/i);
    expect(html.querySelectorAll('script').some((s) => s.getAttribute('type') !== 'application/ld+json' && s.textContent.includes('alert(1)'))).toBe(false);
  });

  it('gives the same anchor to straight and curly quotes, and its own anchor to a sub-heading that repeats a question', () => {
    expect(html.querySelector('h2#what-about-quotes-and-apostrophes-that-arent-straight')?.textContent).toContain('“quotes”');
    expect(html.querySelector('h2#can-an-answer-hold-a-table-and-code')).not.toBeNull();
    expect(html.querySelector('h3#can-an-answer-hold-a-table-and-code-2')).not.toBeNull();
  });

  it('renders tables and code inside an answer', () => {
    const answer = html.querySelector('#can-an-answer-hold-a-table-and-code-answer')!;
    expect(answer.querySelector('table th')?.textContent).toBe('Plan');
    expect(textOf(answer.querySelector('pre')!)).toContain('const answer = 42;');
  });
});
