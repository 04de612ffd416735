import { describe, expect, it } from 'vitest';
import { ARTICLE_HEADINGS, ARTICLE_WORDS } from '../../bench/corpus/article';
import { corpusFiles } from '../../bench/corpus/generate';
import { countWords } from '../../bench/corpus/text';
import { checkCommunity, COMMUNITY_COLLECTIONS, type CommunityContent } from '../../src/lib/checks/community';
import { checkKnowledgeBase, COLLECTIONS, parseCollection, type CollectionSpec, type KnowledgeBase } from '../../src/lib/checks/knowledge-base';

const ARTICLES = 60;
const files = corpusFiles(ARTICLES);
const paths = [...files.keys()];
const articles = paths.filter((p) => p.startsWith('articles/')).map((p) => ({ path: p, text: files.get(p)! }));
const bodyOf = (text: string) => text.split('\n---\n').slice(1).join('\n---\n');

/** The corpus's files of one collection, as the project's content check reads them. */
function parse(spec: CollectionSpec) {
  const dir = `${spec.dir}/`;
  const sources = paths.filter((p) => p.startsWith(dir)).map((p) => ({ path: `corpus/${p}`, text: files.get(p)! }));
  return parseCollection(spec, sources);
}

describe('the benchmark corpus', () => {
  it('is the same, byte for byte, for the same number of articles', () => {
    expect([...corpusFiles(ARTICLES)]).toEqual([...files]);
    expect(corpusFiles(ARTICLES + 1).get('settings.yaml')).toBe(files.get('settings.yaml'));
  });

  it('has N articles over 8 categories × 6 sections, one FAQ page per section and one question with two answers per 10 articles', () => {
    expect(articles).toHaveLength(ARTICLES);
    expect(paths.filter((p) => p.startsWith('categories/'))).toHaveLength(8);
    expect(paths.filter((p) => p.startsWith('sections/'))).toHaveLength(48);
    expect(paths.filter((p) => p.startsWith('faq/'))).toHaveLength(48);
    expect(paths.filter((p) => p.startsWith('community/questions/'))).toHaveLength(ARTICLES / 10);
    expect(paths.filter((p) => p.startsWith('community/answers/'))).toHaveLength((ARTICLES / 10) * 2);
    expect(files.get('settings.yaml')).toMatch(/siteName: .+\nbaseUrl: https:\/\/.+\nsupportEmail: .+@.+/);
  });

  it('passes the project\'s own content checks: schemas, references, MDX syntax, FAQ rules and community links', () => {
    const kb = {} as KnowledgeBase;
    const errors = [];
    for (const spec of Object.values(COLLECTIONS)) {
      const parsed = parse(spec);
      kb[spec.name as keyof KnowledgeBase] = parsed.entries;
      errors.push(...parsed.errors);
    }
    const community = {} as CommunityContent;
    for (const spec of Object.values(COMMUNITY_COLLECTIONS)) {
      const parsed = parse(spec);
      community[spec.name as keyof CommunityContent] = parsed.entries;
      errors.push(...parsed.errors);
    }
    errors.push(...checkKnowledgeBase(kb, { production: true }), ...checkCommunity(community, kb, { contentRoot: 'corpus', production: true }));
    expect(errors).toEqual([]);
    expect(kb.articles).toHaveLength(ARTICLES);
    // Parses some 170 MDX files: past vitest's default 5 s when the 2-core machine is shared.
  }, 30_000);

  it.each(articles.map((a) => [a.path, a.text]))('%s has the words and every kind of Markdown an article uses', (_path, text) => {
    const body = bodyOf(text);
    expect(countWords(body)).toBeGreaterThanOrEqual(ARTICLE_WORDS.min);
    expect(countWords(body)).toBeLessThanOrEqual(ARTICLE_WORDS.max);
    const headings = body.match(/^## /gm)?.length ?? 0;
    expect(headings).toBeGreaterThanOrEqual(ARTICLE_HEADINGS.min);
    expect(headings).toBeLessThanOrEqual(ARTICLE_HEADINGS.max);
    expect(body).toMatch(/(^|\s)\*[a-z]+\*/);
    expect(body).toMatch(/`[a-z_]+`/);
    expect(body).toMatch(/^- (?!\[)/m);
    expect(body).toMatch(/^1\. /m);
    expect(body).toMatch(/^\| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \|\n\| --- \| --- \| --- \| --- \|$/m);
    expect(body).toMatch(/^```[a-z]+\n[\s\S]+?\n```$/m);
    expect(body).toMatch(/^- \[x\] /m);
    expect(body).toMatch(/^- \[ \] /m);
    expect(body.match(/\]\(https:\/\//g)).toHaveLength(1);
  });

  it('links each article to 2–4 other articles that exist', () => {
    const slugs = new Set(articles.map((a) => a.path.split('/').pop()!.replace(/\.mdx$/, '')));
    for (const { path, text } of articles) {
      const targets = [...text.matchAll(/\]\(\/articles\/([^/)]+)\/\)/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThanOrEqual(2);
      expect(targets.length).toBeLessThanOrEqual(4);
      for (const target of targets) {
        expect(slugs.has(target), `${path} links to /articles/${target}/`).toBe(true);
        expect(path.endsWith(`/${target}.mdx`)).toBe(false);
      }
    }
  });
});
