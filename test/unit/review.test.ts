import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitDates } from '../../src/integrations/git-dates';
import { lastCommitDates } from '../../src/lib/content/git-log';
import { dueForReview, lastChangeOf } from '../../src/lib/knowledge-base/review';
import { article } from '../support/site-model';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-01');

describe('dueForReview', () => {
  it('lists an article past its reviewBy date under its owner, most overdue first', () => {
    const due = dueForReview([
      article('a', 's', { reviewBy: day('2026-11-01'), owner: 'maya' }),
      article('b', 's', { reviewBy: day('2026-06-01'), owner: 'maya' }),
      article('c', 's', { reviewBy: day('2027-01-01') }),
    ], { today });
    expect(due.map((d) => [d.owner, d.article.slug, d.reason])).toEqual([
      ['maya', 'b', 'review was due on 2026-06-01'],
      ['maya', 'a', 'review was due on 2026-11-01'],
    ]);
  });

  it('with an interval, counts from the last change: reviewed, updated, the last commit, or created', () => {
    const old = article('old', 's', { created: day('2025-01-01') });
    const reviewed = article('reviewed', 's', { created: day('2025-01-01'), reviewed: day('2026-10-01') });
    const committed = article('committed', 's', { created: day('2025-01-01') });
    const due = dueForReview([old, reviewed, committed], { today, intervalDays: 180, committedAt: (file) => (file.includes('committed') ? day('2026-11-20') : undefined) });
    expect(due.map((d) => d.article.slug)).toEqual(['old']);
    expect(due[0]!.reason).toBe('not changed or reviewed since 2025-01-01 (the interval is 180 days)');
    expect(due[0]!.owner).toBe('robin');
  });

  it('uses the file\'s last commit when the article gives no updated date', () => {
    expect(lastChangeOf(article('x', 's', { created: day('2026-01-01') }), day('2026-05-05'))).toEqual(day('2026-05-05'));
    expect(lastChangeOf(article('x', 's', { created: day('2026-01-01'), updated: day('2026-07-07') }), day('2026-05-05'))).toEqual(day('2026-07-07'));
  });
});

describe('commit dates', () => {
  it('read the last commit of every file from one git log', () => {
    const log = '1764590000\n\ncontent/articles/a.mdx\ncontent/articles/b.mdx\n1700000000\n\ncontent/articles/a.mdx\ncontent/faq/c.mdx\n';
    const dates = lastCommitDates(log);
    expect(dates.get('content/articles/a.mdx')).toEqual(new Date(1764590000 * 1000));
    expect(dates.get('content/faq/c.mdx')).toEqual(new Date(1700000000 * 1000));
  });

  it('come from a real repository, and not from a shallow clone', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'git-dates-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-04T12:00:00Z', GIT_COMMITTER_DATE: '2026-03-04T12:00:00Z', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
    git('init', '-q');
    fs.mkdirSync(path.join(repo, 'content'));
    fs.writeFileSync(path.join(repo, 'content/a.mdx'), 'x');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    const { dates, source } = gitDates('content', repo);
    expect(source).toBe('git');
    expect(dates.get('content/a.mdx')).toEqual(new Date('2026-03-04T12:00:00Z'));
    const clone = `${repo}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(gitDates('content', clone).source).toBe('shallow clone');
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(clone, { recursive: true, force: true });
  });
});
