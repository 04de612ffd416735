import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, ROOT, TEST_OUTPUT } from '../support/sites';

/** Runs one of the writers' commands on a content folder, as `npm run <command> -- …` would. */
function run(command: string, content: string, ...args: string[]) {
  const result = spawnSync('npx', ['node', 'src/cli/run.ts', command, ...args], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), HELP_CENTER_CONTENT: content, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  it('writes an article that passes the check and builds, says where, and never overwrites', () => {
    const dir = brokenCopy('scaffold', () => {});
    const made = run('new', dir, 'article', 'Export a report to CSV', '--section', 'start', '--author', 'robin');
    expect(made.status, made.output).toBe(0);
    const file = `${dir}/articles/basics/export-a-report-to-csv.mdx`;
    expect(made.output).toContain(`Wrote ${file}`);
    expect(made.output).toContain('It will be published at /articles/export-a-report-to-csv/');
    expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    expect(run('new', dir, 'article', 'Export a report to CSV', '--section', 'start', '--author', 'robin')).toMatchObject({ status: 1, output: expect.stringContaining('exists already') });
    const checked = run('check', dir, '--content-only');
    expect(checked.status, checked.output).toBe(0);
    const built = buildSite(dir, `${TEST_OUTPUT}/mistakes/scaffold-dist`);
    expect(built.status, built.output).toBe(0);
    expect(fs.existsSync(path.join(ROOT, `${TEST_OUTPUT}/mistakes/scaffold-dist/articles/export-a-report-to-csv/index.html`))).toBe(true);
  });

  it('says what it needs instead of guessing', () => {
    expect(run('new', 'test/fixtures/site', 'article', 'X', '--author', 'robin')).toMatchObject({ status: 2, output: expect.stringContaining('an article needs --section') });
    expect(run('new', 'test/fixtures/site', 'article', 'X', '--section', 'nowhere', '--author', 'robin')).toMatchObject({ status: 1, output: expect.stringContaining('There is no section "nowhere"') });
    const wrongNames = run('new', 'test/fixtures/site', 'answer', 'X', '--question', 'no-such-question', '--author', 'robn');
    expect(wrongNames.status).toBe(1);
    expect(wrongNames.output).toContain('There is no question "no-such-question" in test/fixtures/site/community/questions/');
    expect(wrongNames.output).toMatch(/There is no author "robn" in test\/fixtures\/site\/authors\/: [^\n]*did you mean robin\?/);
  });
});

describe('npm run check', () => {
  it('lists every problem and warning at once, one per line with its place and fix, and fails', () => {
    const dir = brokenCopy('check-command', (d) => {
      edit(`${d}/articles/table-of-contents.mdx`, 'Some text.', 'Home is {process.env.HOME}.');
      edit(`${d}/articles/advanced-topic.mdx`, 'section: advanced', 'section: advnced');
      edit(`${d}/articles/advanced-topic.mdx`, 'Subsections have', 'See [the second part](table-of-contents.mdx#second-headin). Subsections have');
    });
    const checked = run('check', dir, '--content-only');
    expect(checked.status).toBe(1);
    const toc = `${dir}/articles/table-of-contents.mdx`;
    const advanced = `${dir}/articles/advanced-topic.mdx`;
    expect(checked.output).toContain(`${advanced}:${lineOf(advanced, 'section:')}:1  \`section: advnced\` names no section  (use the file name (without extension) of a file in content/sections/, e.g. advanced`);
    expect(checked.output).toContain(`${toc}:${lineOf(toc, 'Home is')}:9  the expression {process.env.HOME} is refused: it would run as JavaScript when the site is built  (write the text itself;`);
    expect(checked.output).toMatch(/warning: /);
    // A heading anchor is checked without a build, through a link written as a file path.
    expect(checked.output).toContain(`${advanced}:${lineOf(advanced, 'second-headin')}:23  the link table-of-contents.mdx#second-headin (/articles/table-of-contents/#second-headin) names no heading of /articles/table-of-contents/  (did you mean #second-heading? A heading's anchor is made from its words, e.g. "## Set up billing" → #set-up-billing; the headings there: #first-heading, #second-heading`);
    expect(checked.output).toMatch(/3 problems to fix, \d+ warnings? \(\d+ content files checked\)\./);
    const lines = checked.output.split('\n').filter((l) => l.startsWith(dir));
    expect(lines).toEqual([...lines].sort((a, b) => a.split(':')[0]!.localeCompare(b.split(':')[0]!)));
  });
});

describe('npm run stale', () => {
  it('lists the articles due for review by owner, with address and file', () => {
    const dir = brokenCopy('stale', (d) => {
      edit(`${d}/articles/table-of-contents.mdx`, 'author: robin', 'author: robin\nowner: sam\nreviewBy: 2026-01-01');
    });
    const stale = run('stale', dir);
    expect(stale.status, stale.output).toBe(0);
    expect(stale.output).toMatch(/Sam [^\n]*\(sam\)\n  [^\n]+\n    https:\/\/fixture\.example\/articles\/table-of-contents\/\n    [^\n]*table-of-contents\.mdx: review was due on 2026-01-01/);
    expect(stale.output).toContain('1 article is due for review.');
  });
});
