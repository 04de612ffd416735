import { describe, expect, it } from 'vitest';
import { answerTemplate, askLinks, contributeLinks, fillNewFileUrl, MAX_NEW_FILE_URL_LENGTH, newFileLink, newFileUrlPattern, questionTemplate, requestLink } from '../../src/lib/community/templates';
import { parseCollection } from '../../src/lib/checks/knowledge-base';
import { COMMUNITY_COLLECTIONS } from '../../src/lib/checks/community';
import { translatorFor } from '../../src/i18n';

const today = new Date('2026-10-05T00:00:00Z');

describe('newFileUrlPattern', () => {
  it('uses the configured pattern first', () => {
    expect(newFileUrlPattern('https://git.example/new?path={path}&body={content}', 'https://github.com/o/r/edit/main/{path}')).toBe('https://git.example/new?path={path}&body={content}');
  });

  it('turns a GitHub edit link into GitHub’s new-file page on the same branch', () => {
    expect(newFileUrlPattern(undefined, 'https://github.com/larkspur/help/edit/trunk/{path}')).toBe('https://github.com/larkspur/help/new/trunk?filename={path}&value={content}');
  });

  it('offers none for another host or no edit link', () => {
    expect(newFileUrlPattern(undefined, 'https://git.example/edit/main/{path}')).toBeUndefined();
    expect(newFileUrlPattern(undefined, undefined)).toBeUndefined();
  });
});

describe('fillNewFileUrl', () => {
  it('encodes every value so that the file survives the trip through the URL', () => {
    const url = fillNewFileUrl('https://github.com/o/r/new/main?filename={path}&value={content}', { path: 'content/a b.mdx', content: '---\ntitle: A & B?\n---\n' });
    const params = new URL(url).searchParams;
    expect(params.get('filename')).toBe('content/a b.mdx');
    expect(params.get('value')).toBe('---\ntitle: A & B?\n---\n');
  });

  it('fills {dir} and {filename} for hosts that want them apart', () => {
    expect(fillNewFileUrl('https://git.example/-/new/main/{dir}?file_name={filename}&content={content}', { path: 'content/q/x.mdx', content: 'c' })).toBe(
      'https://git.example/-/new/main/content%2Fq?file_name=x.mdx&content=c',
    );
  });
});

describe('the length guard on new-file links', () => {
  const PATTERN = 'https://github.com/o/r/new/main?filename={path}&value={content}';

  it('offers the link up to about 8 kB, and none beyond, where hosts answer 414', () => {
    const fits = newFileLink(PATTERN, { path: 'content/q.mdx', content: 'x'.repeat(MAX_NEW_FILE_URL_LENGTH - 200) });
    expect(fits!.length).toBeLessThanOrEqual(MAX_NEW_FILE_URL_LENGTH);
    expect(newFileLink(PATTERN, { path: 'content/q.mdx', content: 'x'.repeat(MAX_NEW_FILE_URL_LENGTH) })).toBeUndefined();
    expect(newFileLink(undefined, { path: 'a', content: 'b' })).toBeUndefined();
  });

  it('leaves "Ask a question" and "Propose an answer" with the request form alone when the link would be too long', () => {
    const settings = { requestUrl: '/request/', community: { newFileUrl: PATTERN } };
    // A content folder nested this deep puts over 9,000 characters into the link.
    const place = { contentRoot: `content/${'very-long-folder-name/'.repeat(400)}`, today };
    expect(askLinks(settings, place, 'billing')).toEqual({ requestHref: '/request/?type=question' });
    const contribute = contributeLinks(settings, place, { slug: 'refunds', title: 'Refunds' }, translatorFor('en'));
    expect(contribute.proposeHref).toBeUndefined();
    expect(contribute.askSupportHref).toBe('/request/?type=question&subject=Refunds');
    expect(askLinks(settings, { contentRoot: 'content', today }, 'billing').newFileHref).toMatch(/^https:\/\/github\.com\/o\/r\/new\/main\?filename=/);
  });
});

describe('the pre-filled files', () => {
  it('give a question that passes the question schema once the writer names themselves', () => {
    const file = questionTemplate({ contentRoot: 'content', topic: 'invoicing', today });
    expect(file.path).toBe('content/community/questions/invoicing/your-question-in-a-few-words.mdx');
    const { entries, errors } = parseCollection(COMMUNITY_COLLECTIONS.questions, [{ path: file.path, text: file.content }]);
    expect(errors).toEqual([]);
    expect(entries[0]?.data).toMatchObject({ topic: 'invoicing', author: 'your-name', asked: today, tags: [] });
  });

  it('give an answer to the right question that passes the answer schema', () => {
    const file = answerTemplate({ contentRoot: 'test/fixtures/site', question: 'split-a-meeting', today });
    expect(file.path).toBe('test/fixtures/site/community/answers/split-a-meeting/your-name.mdx');
    const { entries, errors } = parseCollection(COMMUNITY_COLLECTIONS.answers, [{ path: file.path, text: file.content }]);
    expect(errors).toEqual([]);
    expect(entries[0]?.data).toMatchObject({ question: 'split-a-meeting', date: today, accepted: false, votes: 0 });
  });
});

describe('requestLink', () => {
  it('pre-fills the request form as a question, with the subject encoded', () => {
    expect(requestLink('/request/')).toBe('/request/?type=question');
    expect(requestLink('/request/', 'Tax & VAT: 20%?')).toBe('/request/?type=question&subject=Tax+%26+VAT%3A+20%25%3F');
  });

  it('keeps an external request page external', () => {
    expect(requestLink('https://support.example.com/new?lang=en', 'Hi')).toBe('https://support.example.com/new?lang=en&type=question&subject=Hi');
  });
});
