import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkMarkdown } from '../../src/lib/checks/markdown';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { remarkAlerts } from '../../src/markdown/remark-alerts';

const check = (body: string) => checkMarkdown(parseBody(body), 'content/articles/x.mdx', 10);

describe('checkMarkdown', () => {
  it('refuses a code block whose title or lines cannot be read, at the block\'s line', () => {
    const { errors } = check('Text.\n\n```js {5-2}\nx\n```\n\n```js title="a.js" {1,3}\na\nb\n```');
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([
      '13:1 the code block\'s `{5-2}` cannot be read: "5-2" is not a line or a range of lines: write numbers from 1, and ranges low to high, e.g. {2,4-5}',
      '17:1 the code block\'s `title="a.js" {1,3}` cannot be read: line 3 is marked, but the block has 2 lines',
    ]);
    expect(errors[0]!.hint).toBe('after the language, write title="file name" and the lines to mark in braces, e.g. ```js title="app.js" {2,4-5}');
    expect(check('```js title="a.js" {1}\na\n```').errors).toEqual([]);
  });

  it('warns about quotes that look like alerts but are not, and builds them as quotes', () => {
    const { errors, warnings } = check('> [!DANGER]\n> Text.\n\n> [!Note] Heads up\n> Text.');
    expect(errors).toEqual([]);
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.message} → ${w.hint}`)).toEqual([
      '11:1 [!DANGER] is not an alert type, so this shows as an ordinary quote → the alert types are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]',
      '14:1 [!NOTE] must be alone on the quote\'s first line, so this shows as an ordinary quote → move the text to the next line ("> [!NOTE]", then "> …"); for a title, write <Callout type="note" title="…"> instead',
    ]);
    expect(check('> [!CAUTON]\n> x').warnings[0]!.hint).toMatch(/^did you mean \[!CAUTION\]\?/);
  });
});

describe('remarkAlerts', () => {
  it('turns a GitHub alert into the Callout component, and leaves other quotes alone', () => {
    const tree = parseBody('> [!WARNING]\n> Careful.\n\n> A quote.') as Root;
    remarkAlerts()(tree, { path: '/x/content/articles/a.mdx' } as never);
    expect(tree.children.map((n) => n.type)).toEqual(['mdxJsxFlowElement', 'blockquote']);
    expect(tree.children[0]).toMatchObject({ name: 'Callout', attributes: [{ name: 'type', value: 'warning' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Careful.' }] }] });
  });
});
