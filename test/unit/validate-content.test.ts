import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  checkKnowledgeBase,
  findDuplicateSlugs,
  parseCollection,
  redirectsOf,
  type KnowledgeBase,
  type SourceFile,
} from '../../src/lib/checks/knowledge-base';

// ---- builders -------------------------------------------------------------------------------

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

/** 1-based line of the first occurrence of `fragment` in a file: computed from the text, not the parser. */
function lineIn(file: SourceFile, fragment: string): number {
  const index = file.text.indexOf(fragment);
  if (index === -1) throw new Error(`"${fragment}" is not in ${file.path}`);
  return file.text.slice(0, index).split('\n').length;
}

type Fields = Record<string, string | string[]>;

function yamlLines(fields: Fields): string[] {
  return Object.entries(fields).flatMap(([key, value]) =>
    Array.isArray(value) ? [`${key}:`, ...value.map((v) => `  - ${v}`)] : [`${key}: ${value}`],
  );
}

function categoryFile(slug: string, fields: Fields = {}): SourceFile {
  return {
    path: `content/categories/${slug}.yaml`,
    text: text(...yamlLines({ title: `The ${slug} category`, description: 'Everything about it.', ...fields })),
  };
}

function sectionFile(slug: string, fields: Fields & { category: string }): SourceFile {
  return {
    path: `content/sections/${slug}.yaml`,
    text: text(...yamlLines({ title: `The ${slug} section`, description: 'Articles about it.', ...fields })),
  };
}

function authorFile(slug: string): SourceFile {
  return { path: `content/authors/${slug}.yaml`, text: text('name: Maya Okonkwo', 'role: Support engineer') };
}

function articleFile(slug: string, fields: Fields & { section: string }, folder = 'billing'): SourceFile {
  const frontmatter = yamlLines({
    title: `How to ${slug.replaceAll('-', ' ')}`,
    description: 'A step-by-step guide.',
    author: 'maya-okonkwo',
    created: '2025-01-14',
    ...fields,
  });
  return {
    path: `content/articles/${folder}/${slug}.mdx`,
    text: text('---', ...frontmatter, '---', '', 'Open **Invoices** and choose *New invoice*.'),
  };
}

interface Files {
  categories: SourceFile[];
  sections: SourceFile[];
  authors: SourceFile[];
  articles: SourceFile[];
}

function baseFiles(): Files {
  return {
    categories: [categoryFile('billing'), categoryFile('getting-started')],
    sections: [
      sectionFile('invoices', { category: 'billing' }),
      sectionFile('recurring-invoices', { category: 'billing', parent: 'invoices' }),
      sectionFile('workspace-setup', { category: 'getting-started' }),
    ],
    authors: [authorFile('maya-okonkwo')],
    articles: [
      articleFile('create-an-invoice', { section: 'invoices' }),
      articleFile('schedule-invoices', { section: 'recurring-invoices' }),
      articleFile('create-your-workspace', { section: 'workspace-setup' }, 'getting-started'),
    ],
  };
}

/** Parses every collection (which must be schema-valid) into the input of checkKnowledgeBase. */
function parseAll(files: Files): KnowledgeBase {
  const kb = {} as KnowledgeBase;
  for (const name of ['categories', 'sections', 'authors', 'articles'] as const) {
    const { entries, errors } = parseCollection(COLLECTIONS[name], files[name]);
    expect(errors, `schema errors in ${name}`).toEqual([]);
    kb[name] = entries;
  }
  return kb;
}

function check(change: (files: Files) => void = () => {}, production = false) {
  const files = baseFiles();
  change(files);
  return checkKnowledgeBase(parseAll(files), { production });
}

// ---- parseCollection ------------------------------------------------------------------------

describe('parseCollection', () => {
  it('parses a valid article: slug from the file name, defaults filled in, body kept', () => {
    const file = articleFile('create-an-invoice', { section: 'invoices', labels: '[invoices, tax]' });
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.slug).toBe('create-an-invoice');
    expect(entry?.file).toBe(file.path);
    expect(entry?.data).toMatchObject({
      section: 'invoices',
      labels: ['invoices', 'tax'],
      promoted: false,
      draft: false,
      redirectFrom: [],
    });
    expect(entry?.data.created).toEqual(new Date('2025-01-14T00:00:00Z'));
    expect(entry?.body).toContain('Open **Invoices**');
    expect(entry?.bodyFirstLine).toBe(lineIn(file, '\n\nOpen') + 1);
    expect(entry?.lineOf(['section'])).toBe(lineIn(file, 'section:'));
  });

  it('takes the slug from a `slug:` field when there is one', () => {
    const file = articleFile('old-file-name', { section: 'invoices', slug: 'new-name' });
    expect(parseCollection(COLLECTIONS.articles, [file]).entries[0]?.slug).toBe('new-name');
  });

  it('reports an invalid value on the line of its field', () => {
    const file = articleFile('refunds', { section: 'Billing Stuff' });
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(entries).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', file: file.path, line: lineIn(file, 'section: Billing') });
    expect(errors[0]?.message).toContain('`section`');
    expect(errors[0]?.hint).toContain('section');
    expect(errors[0]?.hint).toContain('src/schemas/article.ts');
  });

  it('points an error inside a list at the line of the list item', () => {
    const file = articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/old-refunds/', 'refunds-old'] });
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(lineIn(file, '- refunds-old'));
    expect(errors[0]?.message).toContain('redirectFrom.1');
  });

  it('reports `updated` before `created` on the `updated` line', () => {
    const file = articleFile('refunds', { section: 'invoices', updated: '2024-12-31' });
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', line: lineIn(file, 'updated:') });
    expect(errors[0]?.message).toContain('`updated`');
  });

  it('names an unknown field and lists the allowed fields', () => {
    const file = articleFile('refunds', { section: 'invoices', tags: '[billing]' });
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', file: file.path });
    expect(errors[0]?.message).toContain('`tags`');
    for (const allowed of ['title', 'section', 'labels', 'redirectFrom']) expect(errors[0]?.hint).toContain(allowed);
    expect(errors[0]?.hint).toContain('src/schemas/article.ts');
  });

  it('reports an unknown field on the line where it is written', () => {
    const file = articleFile('refunds', { section: 'invoices', tags: '[billing]' });
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors[0]?.line).toBe(lineIn(file, 'tags:'));
  });

  it('reports a missing field, naming it in message and hint', () => {
    const file: SourceFile = {
      path: 'content/articles/billing/refunds.mdx',
      text: text('---', 'title: Refunds', 'description: How refunds work.', 'section: invoices', 'created: 2025-01-14', '---', 'Body.'),
    };
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', file: file.path, line: 1 });
    expect(errors[0]?.message).toBe('`author` is missing');
    expect(errors[0]?.hint).toContain('`author:`');
  });

  it('reports each missing field of an empty YAML file', () => {
    const file: SourceFile = { path: 'content/sections/empty.yaml', text: '' };
    const { errors } = parseCollection(COLLECTIONS.sections, [file]);
    expect(errors.map((e) => e.message).sort()).toEqual(
      ['`category` is missing', '`description` is missing', '`title` is missing'],
    );
    expect(errors.every((e) => e.file === file.path && e.line === 1)).toBe(true);
  });

  it('reports a YAML syntax error on its line in the file (frontmatter offset included)', () => {
    const file: SourceFile = {
      path: 'content/articles/billing/export.mdx',
      text: text('---', 'title: Export', 'description: How to: export your data', 'section: invoices', '---', 'Body.'),
    };
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(entries).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: file.path, line: lineIn(file, 'description:') });
    expect(errors[0]?.message).toMatch(/^YAML syntax error: /);
  });

  it('reports a repeated key as a YAML error on the second occurrence', () => {
    const file: SourceFile = {
      path: 'content/categories/billing.yaml',
      text: text('title: Billing', 'description: Plans and invoices.', 'title: Billing and plans'),
    };
    const { errors } = parseCollection(COLLECTIONS.categories, [file]);
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: file.path, line: 3 });
  });

  it('reports an MDX file without frontmatter', () => {
    const file: SourceFile = { path: 'content/articles/billing/notes.mdx', text: text('# Notes', '', 'title: not frontmatter') };
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(entries).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'missing-frontmatter', file: file.path, line: 1 })]);
    expect(errors[0]?.hint).toContain('---');
  });

  it('reports frontmatter whose closing line is missing', () => {
    const file: SourceFile = { path: 'content/articles/billing/open.mdx', text: text('---', 'title: Open', 'section: invoices', '', 'Body text.') };
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(entries).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'unclosed-frontmatter', file: file.path, line: 1 })]);
  });

  it('rejects a label listed twice, on the labels line', () => {
    const file = articleFile('taxes', { section: 'invoices', labels: ['tax', 'tax'] });
    const { errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid-field', line: lineIn(file, 'labels:') })]);
    expect(errors[0]?.message).toContain('listed twice');
  });

  it('reports errors in a YAML collection on the line of the field', () => {
    const file = sectionFile('invoices', { category: 'billing', order: 'first' });
    const { errors } = parseCollection(COLLECTIONS.sections, [file]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', file: file.path, line: lineIn(file, 'order:') });
    expect(errors[0]?.hint).toContain('src/schemas/section.ts');
  });

  it('keeps valid files when others in the collection have errors', () => {
    const good = articleFile('good', { section: 'invoices' });
    const bad = articleFile('bad', { section: 'invoices', promoted: 'maybe' });
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [bad, good]);
    expect(entries.map((e) => e.slug)).toEqual(['good']);
    expect(errors.map((e) => e.file)).toEqual([bad.path]);
  });

  // DateSchema is z.coerce.date(): anything `new Date()` accepts passes, including numbers and impossible days.
  it.each([
    ['a bare year (read by YAML as a number)', '2026'],
    ['a day that does not exist', '2026-02-30'],
    ['a date without a year', 'March 14'],
  ])('rejects %s as `created`', (_, value) => {
    const file = articleFile('refunds', { section: 'invoices', created: value });
    const { entries, errors } = parseCollection(COLLECTIONS.articles, [file]);
    expect(entries).toEqual([]);
    expect(errors[0]).toMatchObject({ code: 'invalid-field', line: lineIn(file, 'created:') });
  });
});

// ---- findDuplicateSlugs ---------------------------------------------------------------------

describe('findDuplicateSlugs', () => {
  it('reports both files when two files in different folders have the same name', () => {
    const a = articleFile('refunds', { section: 'invoices' }, 'billing');
    const b = articleFile('refunds', { section: 'invoices' }, 'payments');
    const { entries } = parseCollection(COLLECTIONS.articles, [a, b]);
    const errors = findDuplicateSlugs(COLLECTIONS.articles, entries);
    expect(errors.map((e) => [e.code, e.file, e.line])).toEqual([
      ['duplicate-slug', a.path, 1],
      ['duplicate-slug', b.path, 1],
    ]);
    for (const e of errors) {
      expect(e.message).toContain('"refunds"');
      expect(e.message).toContain(a.path);
      expect(e.message).toContain(b.path);
    }
  });

  it('points at the `slug:` line of a file whose slug field causes the clash', () => {
    const a = articleFile('refunds', { section: 'invoices' });
    const b = articleFile('money-back', { section: 'invoices', slug: 'refunds' });
    const { entries } = parseCollection(COLLECTIONS.articles, [a, b]);
    const errors = findDuplicateSlugs(COLLECTIONS.articles, entries);
    expect(errors.find((e) => e.file === b.path)?.line).toBe(lineIn(b, 'slug: refunds'));
    expect(errors.find((e) => e.file === a.path)?.line).toBe(1);
  });

  it('reports nothing when slugs are unique', () => {
    const { entries } = parseCollection(COLLECTIONS.articles, [
      articleFile('refunds', { section: 'invoices' }),
      articleFile('invoices', { section: 'invoices' }),
    ]);
    expect(findDuplicateSlugs(COLLECTIONS.articles, entries)).toEqual([]);
  });
});

// ---- checkKnowledgeBase ---------------------------------------------------------------------

describe('checkKnowledgeBase', () => {
  it('finds nothing wrong in a consistent knowledge base', () => {
    expect(check()).toEqual([]);
  });

  it('reports an article naming an unknown section, on the section line', () => {
    const file = articleFile('refunds', { section: 'invoicse' });
    const errors = check((f) => f.articles.push(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-section', file: file.path, line: lineIn(file, 'section:') });
    expect(errors[0]?.message).toContain('section: invoicse');
    expect(errors[0]?.hint).toContain('content/sections/');
  });

  it('suggests sections with a similar name', () => {
    const file = articleFile('refunds', { section: 'invoice' });
    const [error] = check((f) => f.articles.push(file));
    expect(error?.hint).toContain('invoices');
  });

  it('reports an article naming an unknown author', () => {
    const file = articleFile('refunds', { section: 'invoices', author: 'nobody' });
    const errors = check((f) => f.articles.push(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-author', file: file.path, line: lineIn(file, 'author: nobody') });
    expect(errors[0]?.message).toContain('author: nobody');
    expect(errors[0]?.hint).toContain('content/authors/');
  });

  it('reports an owner who is not an author, at the owner line', () => {
    const file = articleFile('refunds', { section: 'invoices', owner: 'maya-okonkwoo' });
    const errors = check((f) => f.articles.push(file));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-author', file: file.path, line: lineIn(file, 'owner: maya-okonkwoo'), message: '`owner: maya-okonkwoo` names no author' })]);
  });

  it('reports a section naming an unknown category', () => {
    const file = sectionFile('payments', { category: 'biling' });
    const errors = check((f) => f.sections.push(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-category', file: file.path, line: lineIn(file, 'category:') });
    expect(errors[0]?.message).toContain('category: biling');
    expect(errors[0]?.hint).toContain('content/categories/');
  });

  it('reports a section whose parent does not exist', () => {
    const file = sectionFile('late-fees', { category: 'billing', parent: 'payment-reminders' });
    const errors = check((f) => f.sections.push(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-section', file: file.path, line: lineIn(file, 'parent:') });
    expect(errors[0]?.message).toContain('parent: payment-reminders');
  });

  it('reports a subsection whose parent is in another category', () => {
    const file = sectionFile('team-invoices', { category: 'getting-started', parent: 'invoices' });
    const errors = check((f) => f.sections.push(file));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'parent-in-other-category', file: file.path, line: lineIn(file, 'parent:') });
    expect(errors[0]?.message).toContain('"invoices"');
    expect(errors[0]?.message).toContain('"billing"');
    expect(errors[0]?.message).toContain('"getting-started"');
  });

  it('reports a loop of parents on every section in it', () => {
    const a = sectionFile('loop-a', { category: 'billing', parent: 'loop-b' });
    const b = sectionFile('loop-b', { category: 'billing', parent: 'loop-a' });
    const errors = check((f) => f.sections.push(a, b));
    expect(errors.map((e) => [e.code, e.file])).toEqual([
      ['section-loop', a.path],
      ['section-loop', b.path],
    ]);
    expect(errors[0]?.line).toBe(lineIn(a, 'parent:'));
    expect(errors[0]?.message).toContain('loop-a → loop-b → loop-a');
  });

  it('reports a section that is its own parent', () => {
    const file = sectionFile('selfish', { category: 'billing', parent: 'selfish' });
    const errors = check((f) => f.sections.push(file));
    expect(errors.map((e) => e.code)).toEqual(['section-loop']);
  });

  it('accepts a deep but finite chain of subsections', () => {
    const deep = sectionFile('retainers', { category: 'billing', parent: 'recurring-invoices' });
    expect(check((f) => f.sections.push(deep))).toEqual([]);
  });

  it.each(['/articles/create-an-invoice/', '/articles/create-an-invoice'])(
    'reports a redirect from the address of a live article (%s)',
    (from) => {
      const file = articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/old-refunds/', from] });
      const errors = check((f) => f.articles.push(file));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'redirect-shadows-page', file: file.path, line: lineIn(file, `- ${from}`) });
      expect(errors[0]?.message).toContain('`redirectFrom`');
      expect(errors[0]?.message).toContain(from);
    },
  );

  it('takes a `slug:` override into account for the live address', () => {
    const moved = articleFile('new-file', { section: 'invoices', slug: 'invoice-basics' });
    const file = articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/invoice-basics/'] });
    const errors = check((f) => f.articles.push(moved, file));
    expect(errors.map((e) => [e.code, e.file])).toEqual([['redirect-shadows-page', file.path]]);
  });

  it('reports an old address claimed by two articles, on the second one', () => {
    const first = articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/money-back/'] });
    const second = articleFile('credit-notes', { section: 'invoices', redirectFrom: ['/articles/old/', '/articles/money-back'] });
    const errors = check((f) => f.articles.push(first, second));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'redirect-claimed-twice', file: second.path, line: lineIn(second, '- /articles/money-back') });
    expect(errors[0]?.message).toContain(first.path);
  });

  it('does not count an article listing the same old address twice as a clash', () => {
    const file = articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/money-back/', '/articles/money-back'] });
    expect(check((f) => f.articles.push(file))).toEqual([]);
  });

  describe('drafts', () => {
    const draft = articleFile('new-pricing', { section: 'invoices', draft: 'true' });
    const redirecting = articleFile('pricing', { section: 'invoices', redirectFrom: ['/articles/new-pricing/'] });

    it('in production a draft has no page, so a redirect from its address is fine', () => {
      expect(check((f) => f.articles.push(draft, redirecting), true)).toEqual([]);
    });

    it('outside production a draft is a live page and the redirect shadows it', () => {
      const errors = check((f) => f.articles.push(draft, redirecting), false);
      expect(errors.map((e) => [e.code, e.file])).toEqual([['redirect-shadows-page', redirecting.path]]);
    });

    it('in production a draft cannot clash over an old address it would redirect', () => {
      const draftRedirect = articleFile('pricing-v2', { section: 'invoices', draft: 'true', redirectFrom: ['/articles/old-pricing/'] });
      const liveRedirect = articleFile('pricing', { section: 'invoices', redirectFrom: ['/articles/old-pricing/'] });
      expect(check((f) => f.articles.push(draftRedirect, liveRedirect), true)).toEqual([]);
      expect(check((f) => f.articles.push(draftRedirect, liveRedirect), false).map((e) => e.code)).toEqual(['redirect-claimed-twice']);
    });

    it('references of drafts are still checked in production', () => {
      const broken = articleFile('idea', { section: 'nowhere', draft: 'true' });
      expect(check((f) => f.articles.push(broken), true).map((e) => e.code)).toEqual(['unknown-section']);
    });
  });

  it('reports duplicate slugs of articles and of the other collections', () => {
    const copy = articleFile('create-an-invoice', { section: 'invoices' }, 'old');
    const sectionCopy: SourceFile = { ...sectionFile('invoices', { category: 'billing' }), path: 'content/sections/invoices.yml' };
    const errors = check((f) => {
      f.articles.push(copy);
      f.sections.push(sectionCopy);
    });
    expect(errors.filter((e) => e.code === 'duplicate-slug').map((e) => e.file).sort()).toEqual([
      'content/articles/billing/create-an-invoice.mdx',
      'content/articles/old/create-an-invoice.mdx',
      'content/sections/invoices.yaml',
      'content/sections/invoices.yml',
    ]);
  });
});

// ---- redirectsOf ----------------------------------------------------------------------------

describe('redirectsOf', () => {
  const files = [
    articleFile('refunds', { section: 'invoices', redirectFrom: ['/articles/money-back/', '/help/refunds'] }),
    articleFile('old-name', { section: 'invoices', slug: 'credit-notes', redirectFrom: ['/articles/old-name/'] }),
    articleFile('new-pricing', { section: 'invoices', draft: 'true', redirectFrom: ['/articles/pricing-2024/'] }),
  ];
  const { entries } = parseCollection(COLLECTIONS.articles, files);

  it('maps each old path to the URL of its article (slug overrides included)', () => {
    expect(redirectsOf(entries, { production: true })).toEqual({
      '/articles/money-back/': '/articles/refunds/',
      '/help/refunds': '/articles/refunds/',
      '/articles/old-name/': '/articles/credit-notes/',
    });
  });

  it('includes drafts outside production only', () => {
    expect(redirectsOf(entries, { production: false })['/articles/pricing-2024/']).toBe('/articles/new-pricing/');
    expect(redirectsOf(entries, { production: true })).not.toHaveProperty(['/articles/pricing-2024/']);
  });
});
