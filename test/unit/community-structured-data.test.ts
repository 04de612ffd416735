import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/structured-data/json-ld';
import { faqPageLd, qaPageLd, type QaAnswerInput, type QaPageInput } from '../../src/lib/structured-data/qa';

const BASE = 'https://help.larkspur.example';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('faqPageLd', () => {
  const entries = [
    { question: 'Is there a free trial?', answer: 'Yes, for 14 days.' },
    { question: 'Who counts as a seat?', answer: 'Every active person.' },
  ];

  it('lists exactly the given questions, in order, each with its one accepted answer', () => {
    const ld = faqPageLd({ path: '/faq/billing/', title: 'Billing FAQ', entries }, BASE)!;
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.url).toBe('https://help.larkspur.example/faq/billing/');
    expect(ld.mainEntity).toEqual([
      { '@type': 'Question', name: 'Is there a free trial?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, for 14 days.' } },
      { '@type': 'Question', name: 'Who counts as a seat?', acceptedAnswer: { '@type': 'Answer', text: 'Every active person.' } },
    ]);
  });

  it('is left out for a page without questions', () => {
    expect(faqPageLd({ path: '/faq/empty/', title: 'Empty', entries: [] }, BASE)).toBeUndefined();
  });

  it('cannot close its script element, whatever the question says', () => {
    const json = serializeJsonLd(faqPageLd({ path: '/faq/x/', title: 'X', entries: [{ question: '</script><script>alert(1)</script>', answer: 'a & b' }] }, BASE));
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json).mainEntity[0].name).toBe('</script><script>alert(1)</script>');
  });
});

describe('qaPageLd', () => {
  const answer = (anchor: string, votes: number, accepted = false): QaAnswerInput => ({
    anchor, text: `Text of ${anchor}`, authorName: `Author of ${anchor}`, date: day('2026-03-02'), votes, accepted,
  });
  const input = (answers: QaAnswerInput[]): QaPageInput => ({
    path: '/community/questions/split/', title: 'How do you split a meeting?', text: 'We often have one workshop…',
    authorName: 'Kofi Mensah', asked: day('2026-03-01'), votes: 9, answers,
  });

  it('describes the question with its answer count, votes, author and date', () => {
    const ld = qaPageLd(input([answer('answer-a', 3), answer('answer-b', 1)]), BASE)!;
    expect(ld['@type']).toBe('QAPage');
    expect(ld.mainEntity).toMatchObject({
      '@type': 'Question',
      name: 'How do you split a meeting?',
      text: 'We often have one workshop…',
      answerCount: 2,
      upvoteCount: 9,
      datePublished: '2026-03-01',
      author: { '@type': 'Person', name: 'Kofi Mensah' },
    });
  });

  it('marks the accepted answer as acceptedAnswer and the others as suggestedAnswer, each with a deep link', () => {
    const ld = qaPageLd(input([answer('answer-top', 12), answer('answer-ok', 4, true)]), BASE)!;
    expect(ld.mainEntity.acceptedAnswer).toEqual({
      '@type': 'Answer',
      text: 'Text of answer-ok',
      url: 'https://help.larkspur.example/community/questions/split/#answer-ok',
      datePublished: '2026-03-02',
      upvoteCount: 4,
      author: { '@type': 'Person', name: 'Author of answer-ok' },
    });
    expect(ld.mainEntity.suggestedAnswer?.map((a) => a.url)).toEqual(['https://help.larkspur.example/community/questions/split/#answer-top']);
  });

  it('has no acceptedAnswer when none is accepted, and no suggestedAnswer when the only answer is accepted', () => {
    expect(qaPageLd(input([answer('answer-a', 1)]), BASE)!.mainEntity).not.toHaveProperty('acceptedAnswer');
    expect(qaPageLd(input([answer('answer-a', 1, true)]), BASE)!.mainEntity).not.toHaveProperty('suggestedAnswer');
  });

  it('is left out for a question without answers', () => {
    expect(qaPageLd(input([]), BASE)).toBeUndefined();
  });
});
