import { describe, expect, it } from 'vitest';
import {
  HelpCenter,
  paginate,
  sectionListWindow,
  sortArticles,
  sortByOrder,
  type ArticleEntry,
  type CategoryEntry,
  type SectionEntry,
} from '../../src/lib/knowledge-base/model';
import type { ArticleData } from '../../src/schemas/article';
import type { CategoryData } from '../../src/schemas/category';
import type { SectionData } from '../../src/schemas/section';

// ---- builders -------------------------------------------------------------------------------

function category(slug: string, data: Partial<CategoryData> = {}): CategoryEntry {
  return {
    slug,
    file: `content/categories/${slug}.yaml`,
    data: { title: slug, description: `About ${slug}.`, order: 100, ...data },
  };
}

function section(slug: string, data: Partial<SectionData> & { category: string }): SectionEntry {
  return {
    slug,
    file: `content/sections/${slug}.yaml`,
    data: { title: slug, description: `About ${slug}.`, order: 100, ...data },
  };
}

function article(slug: string, data: Partial<ArticleData> & { section: string }): ArticleEntry {
  return {
    slug,
    file: `content/articles/${slug}.mdx`,
    data: {
      title: slug,
      description: `About ${slug}.`,
      author: 'maya-okonkwo',
      created: new Date('2025-01-01'),
      labels: [],
      promoted: false,
      draft: false,
      redirectFrom: [],
      ...data,
    },
  };
}

const slugs = (entries: readonly { slug: string }[]) => entries.map((e) => e.slug);

// ---- sorting --------------------------------------------------------------------------------

describe('sortByOrder', () => {
  it('sorts by order, then by title', () => {
    const sorted = sortByOrder([
      category('c', { title: 'Zebra', order: 2 }),
      category('a', { title: 'Billing', order: 2 }),
      category('b', { title: 'Getting started', order: 1 }),
    ]);
    expect(slugs(sorted)).toEqual(['b', 'a', 'c']);
  });

  it('does not change the input array', () => {
    const input = [category('b', { order: 2 }), category('a', { order: 1 })];
    sortByOrder(input);
    expect(slugs(input)).toEqual(['b', 'a']);
  });
});

describe('sortArticles', () => {
  it('puts promoted articles first', () => {
    const sorted = sortArticles([
      article('plain', { section: 's', order: 1 }),
      article('star', { section: 's', order: 9, promoted: true }),
    ]);
    expect(slugs(sorted)).toEqual(['star', 'plain']);
  });

  it('then sorts by order, articles without one last', () => {
    const sorted = sortArticles([
      article('no-order', { section: 's', title: 'A first by title' }),
      article('third', { section: 's', order: 3 }),
      article('first', { section: 's', order: 1 }),
    ]);
    expect(slugs(sorted)).toEqual(['first', 'third', 'no-order']);
  });

  it('then by title, among articles without an order too', () => {
    const sorted = sortArticles([
      article('x', { section: 's', title: 'Refunds' }),
      article('y', { section: 's', title: 'Invoices' }),
      article('z', { section: 's', order: 5, title: 'Zeta' }),
      article('w', { section: 's', order: 5, title: 'Alpha' }),
    ]);
    expect(slugs(sorted)).toEqual(['w', 'z', 'y', 'x']);
  });

  it('breaks a complete tie by slug, whatever the input order', () => {
    const one = article('beta', { section: 's', title: 'Same' });
    const two = article('alpha', { section: 's', title: 'Same' });
    expect(slugs(sortArticles([one, two]))).toEqual(['alpha', 'beta']);
    expect(slugs(sortArticles([two, one]))).toEqual(['alpha', 'beta']);
  });
});

// ---- the help center tree -------------------------------------------------------------------

/**
 * start (order 1): setup, team
 * api (order 2, "API"), billing (order 2, "Billing"): ties on order, sorted by title
 * billing: invoices › recurring › retainers, payments
 */
function fixture(extraArticles: ArticleEntry[] = []) {
  return new HelpCenter({
    categories: [
      category('billing', { title: 'Billing', order: 2 }),
      category('start', { title: 'Getting started', order: 1 }),
      category('api', { title: 'API', order: 2 }),
    ],
    sections: [
      section('payments', { category: 'billing', title: 'Payments', order: 2 }),
      section('retainers', { category: 'billing', title: 'Retainers', parent: 'recurring' }),
      section('recurring', { category: 'billing', title: 'Recurring invoices', parent: 'invoices' }),
      section('invoices', { category: 'billing', title: 'Invoices', order: 1 }),
      section('team', { category: 'start', title: 'Your team', order: 2 }),
      section('setup', { category: 'start', title: 'Setup', order: 1 }),
      section('tokens', { category: 'api', title: 'Tokens' }),
    ],
    articles: [
      article('send-invoice', { section: 'invoices', order: 2 }),
      article('create-invoice', { section: 'invoices', order: 1 }),
      article('invoice-faq', { section: 'invoices', promoted: true, order: 10 }),
      article('schedule', { section: 'recurring' }),
      article('prepaid-hours', { section: 'retainers', promoted: true }),
      article('card-payments', { section: 'payments' }),
      article('create-workspace', { section: 'setup', promoted: true }),
      article('invite', { section: 'team' }),
      article('orphan', { section: 'no-such-section' }),
      ...extraArticles,
    ],
  });
}

describe('HelpCenter', () => {
  it('orders categories by order, then title', () => {
    expect(slugs(fixture().categories)).toEqual(['start', 'api', 'billing']);
  });

  it('sectionsOf lists only the top-level sections of a category, ordered', () => {
    const hc = fixture();
    expect(slugs(hc.sectionsOf('billing'))).toEqual(['invoices', 'payments']);
    expect(slugs(hc.sectionsOf('start'))).toEqual(['setup', 'team']);
    expect(hc.sectionsOf('no-such-category')).toEqual([]);
  });

  it('subsectionsOf lists the direct children of a section', () => {
    const hc = fixture();
    expect(slugs(hc.subsectionsOf('invoices'))).toEqual(['recurring']);
    expect(slugs(hc.subsectionsOf('recurring'))).toEqual(['retainers']);
    expect(hc.subsectionsOf('payments')).toEqual([]);
  });

  it('articlesIn lists the articles directly in a section, promoted first then by order', () => {
    const hc = fixture();
    expect(slugs(hc.articlesIn('invoices'))).toEqual(['invoice-faq', 'create-invoice', 'send-invoice']);
    expect(slugs(hc.articlesIn('recurring'))).toEqual(['schedule']);
    expect(hc.articlesIn('tokens')).toEqual([]);
  });

  it('leaves out articles whose section does not exist instead of throwing', () => {
    const hc = fixture();
    expect(hc.article('orphan')).toBeUndefined();
    expect(slugs(hc.articles)).not.toContain('orphan');
    expect(hc.article('schedule')?.slug).toBe('schedule');
  });

  it('allSectionsOf walks subsections depth first', () => {
    expect(slugs(fixture().allSectionsOf('billing'))).toEqual(['invoices', 'recurring', 'retainers', 'payments']);
  });

  it('articleCountOf counts the articles of subsections too', () => {
    const hc = fixture();
    expect(hc.articleCountOf('billing')).toBe(6);
    expect(hc.articleCountOf('start')).toBe(2);
    expect(hc.articleCountOf('api')).toBe(0);
  });

  it('sectionPath goes from the top-level section down to the given one', () => {
    const hc = fixture();
    expect(slugs(hc.sectionPath('retainers'))).toEqual(['invoices', 'recurring', 'retainers']);
    expect(slugs(hc.sectionPath('payments'))).toEqual(['payments']);
    expect(hc.sectionPath('nope')).toEqual([]);
  });

  it('sectionPath stops on a parent loop instead of running forever', () => {
    const hc = new HelpCenter({
      categories: [category('c')],
      sections: [section('a', { category: 'c', parent: 'b' }), section('b', { category: 'c', parent: 'a' })],
      articles: [],
    });
    expect(slugs(hc.sectionPath('a'))).toEqual(['b', 'a']);
  });

  describe('breadcrumbs', () => {
    it('of a category is just Home', () => {
      expect(fixture().breadcrumbs({ category: 'billing' }, 'Home')).toEqual([{ label: 'Home', href: '/' }]);
    });

    it('of a top-level section is Home › Category', () => {
      expect(fixture().breadcrumbs({ section: 'invoices' }, 'Home')).toEqual([
        { label: 'Home', href: '/' },
        { label: 'Billing', href: '/categories/billing/' },
      ]);
    });

    it('of a subsection includes its parent sections but not itself', () => {
      expect(fixture().breadcrumbs({ section: 'retainers' }, 'Home')).toEqual([
        { label: 'Home', href: '/' },
        { label: 'Billing', href: '/categories/billing/' },
        { label: 'Invoices', href: '/sections/invoices/' },
        { label: 'Recurring invoices', href: '/sections/recurring/' },
      ]);
    });

    it('of an article includes every section down to its own', () => {
      expect(fixture().breadcrumbs({ article: 'prepaid-hours' }, 'Home')).toEqual([
        { label: 'Home', href: '/' },
        { label: 'Billing', href: '/categories/billing/' },
        { label: 'Invoices', href: '/sections/invoices/' },
        { label: 'Recurring invoices', href: '/sections/recurring/' },
        { label: 'Retainers', href: '/sections/retainers/' },
      ]);
    });

    it('uses the given home label', () => {
      expect(fixture().breadcrumbs({ article: 'invite' }, 'Help')[0]).toEqual({ label: 'Help', href: '/' });
    });
  });

  describe('neighbours', () => {
    it('gives the previous and next article in the section order', () => {
      const { previous, next } = fixture().neighbours('create-invoice');
      expect(previous?.slug).toBe('invoice-faq');
      expect(next?.slug).toBe('send-invoice');
    });

    it('has no previous for the first article and no next for the last', () => {
      const hc = fixture();
      expect(hc.neighbours('invoice-faq').previous).toBeUndefined();
      expect(hc.neighbours('invoice-faq').next?.slug).toBe('create-invoice');
      expect(hc.neighbours('send-invoice').next).toBeUndefined();
    });

    it('never crosses into another section', () => {
      expect(fixture().neighbours('schedule')).toEqual({ previous: undefined, next: undefined });
    });

    it('is empty for an unknown article', () => {
      expect(fixture().neighbours('nope')).toEqual({});
    });
  });

  describe('related', () => {
    const target = article('target', { section: 'invoices', labels: ['tax', 'vat'] });
    const extras = [
      target,
      // shares two labels, other section, old: still first
      article('both-labels', { section: 'payments', labels: ['vat', 'tax'], created: new Date('2020-01-01') }),
      // one label, same section, old
      article('same-section', { section: 'invoices', labels: ['tax'], created: new Date('2020-01-01') }),
      // one label, other section: ordered by last change (updated counts, not created)
      article('recent', { section: 'payments', labels: ['vat'], created: new Date('2025-06-01') }),
      article('updated-later', {
        section: 'payments', labels: ['tax'], created: new Date('2019-01-01'), updated: new Date('2025-09-01'),
      }),
      article('oldest', { section: 'payments', labels: ['vat'], created: new Date('2021-01-01') }),
      // shares nothing
      article('unrelated-same-section', { section: 'invoices', labels: ['export'] }),
      article('no-labels', { section: 'invoices' }),
    ];

    it('orders by shared labels, then same section, then most recently changed', () => {
      expect(slugs(fixture(extras).related('target', { limit: 10 }))).toEqual([
        'both-labels', 'same-section', 'updated-later', 'recent', 'oldest',
      ]);
    });

    it('never offers the article itself or articles sharing no label', () => {
      const related = slugs(fixture(extras).related('target', { limit: 10 }));
      expect(related).not.toContain('target');
      expect(related).not.toContain('unrelated-same-section');
      expect(related).not.toContain('no-labels');
    });

    it('returns at most `limit` articles', () => {
      expect(slugs(fixture(extras).related('target', { limit: 2 }))).toEqual(['both-labels', 'same-section']);
    });

    it('is empty for an article without labels or an unknown article', () => {
      const hc = fixture(extras);
      expect(hc.related('no-labels', { limit: 5 })).toEqual([]);
      expect(hc.related('nope', { limit: 5 })).toEqual([]);
    });
  });

  it('counts a label written twice in one article only once', () => {
    const hc = fixture([
      article('target', { section: 'setup', labels: ['tax', 'vat'] }),
      article('repeats-tax', { section: 'team', labels: ['tax', 'tax'] }),
      article('shares-both', { section: 'team', labels: ['tax', 'vat'], created: new Date('2020-01-01') }),
    ]);
    expect(slugs(hc.related('target', { limit: 5 }))).toEqual(['shares-both', 'repeats-tax']);
    expect(slugs(hc.labels().find((l) => l.label === 'tax')!.articles)).toEqual(['repeats-tax', 'shares-both', 'target']);
  });

  it('promoted lists promoted articles in category → section → article order', () => {
    const hc = fixture([article('pinned-payment', { section: 'payments', promoted: true })]);
    expect(slugs(hc.promoted())).toEqual(['create-workspace', 'invoice-faq', 'prepaid-hours', 'pinned-payment']);
  });

  it('labels lists each label in use alphabetically with its articles', () => {
    const hc = fixture([
      article('b-article', { section: 'setup', labels: ['workspace', 'billing'] }),
      article('a-article', { section: 'setup', labels: ['workspace'] }),
    ]);
    expect(hc.labels().map((l) => [l.label, slugs(l.articles)])).toEqual([
      ['billing', ['b-article']],
      ['workspace', ['a-article', 'b-article']],
    ]);
  });
});

// ---- list windows and pages -----------------------------------------------------------------

describe('sectionListWindow', () => {
  const list = Array.from({ length: 10 }, (_, i) => ({ slug: `a${i}` }));

  it('shows the first `size` when the current article is among them', () => {
    const { shown, hiddenCount } = sectionListWindow(list, 'a2', 5);
    expect(slugs(shown)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(hiddenCount).toBe(5);
  });

  it('widens the window so that a current article further down is shown', () => {
    const { shown, hiddenCount } = sectionListWindow(list, 'a8', 5);
    expect(slugs(shown)).toContain('a8');
    expect(shown).toHaveLength(9);
    expect(hiddenCount).toBe(1);
  });

  it('hides nothing when the current article is the last one', () => {
    const { shown, hiddenCount } = sectionListWindow(list, 'a9', 3);
    expect(shown.at(-1)?.slug).toBe('a9');
    expect(hiddenCount).toBe(0);
  });

  it('hides nothing when the list is shorter than the window', () => {
    expect(sectionListWindow(list.slice(0, 3), 'a1', 5)).toEqual({ shown: list.slice(0, 3), hiddenCount: 0 });
  });

  it('falls back to the first `size` for an unknown current slug', () => {
    expect(sectionListWindow(list, 'nope', 4).shown).toHaveLength(4);
  });
});

describe('paginate', () => {
  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ items: [], current: 1, total: 1 }]);
  });

  it('splits into pages of `size`, the last one holding the rest', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.current)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('does not add an empty page when the length is a multiple of the size', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  });
});
