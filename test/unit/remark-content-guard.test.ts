import { compile } from '@mdx-js/mdx';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkContentGuard } from '../../src/markdown/remark-content-guard';

/**
 * The Markdown pipeline refuses an unsafe writer's file on its own, whatever ran before it
 * (in `astro dev` the content check only logs): the file never compiles, so none of it runs.
 */
const contentDir = path.resolve('test/fixtures/hostile');
const options = { contentDir, trust: { articles: 'safe', faq: 'safe' }, componentContext: { channelsWithHours: [], contentRoot: 'content', snippets: [], images: [], publicFiles: [] } } as const;

async function compileAs(relativePath: string, body: string, trust: 'safe' | 'full' = 'safe') {
  const file = new VFile({ path: path.join(contentDir, relativePath), value: body });
  return compile(file, { remarkPlugins: [remarkGfm, [remarkContentGuard, { ...options, trust: { articles: trust, faq: trust } }]] });
}

describe('remarkContentGuard', () => {
  it('stops the compile of an unsafe article, naming the file, line and column', async () => {
    await expect(compileAs('articles/x.mdx', 'Hi\n\n{process.env.HOME}\n')).rejects.toThrow(
      /test\/fixtures\/hostile\/articles\/x\.mdx:3:1: the expression \{process\.env\.HOME\} is refused/,
    );
  });

  it('keeps community files safe even when articles are trusted', async () => {
    await expect(compileAs('articles/x.mdx', '{1 + 1}', 'full')).resolves.toBeDefined();
    await expect(compileAs('community/answers/q/a.mdx', '<script>alert(1)</script>', 'full')).rejects.toThrow(/`<script>` is refused/);
  });

  it('leaves the project\'s own MDX outside content/ alone', async () => {
    const file = new VFile({ path: path.resolve('src/pages/x.mdx'), value: 'import X from "./x.js"\n\n<X />' });
    await expect(compile(file, { remarkPlugins: [[remarkContentGuard, options]] })).resolves.toBeDefined();
  });
});
