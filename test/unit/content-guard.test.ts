import { compile } from '@mdx-js/mdx';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/markdown/content-guard';

/**
 * The Markdown pipeline checks every writer's file as it parses it: in `astro dev` a refused
 * file fails at once; in `astro build` every problem of every file is collected and the build
 * fails with all of them when bundling ends. Either way a refused file never compiles to code.
 */
const contentDir = path.resolve('test/fixtures/hostile');
const options = { contentDir, trust: { articles: 'safe', faq: 'safe' }, componentContext: { channelsWithHours: [], contentRoot: 'content', snippets: [], images: [], publicFiles: [] } } as const;

type Guard = ReturnType<typeof contentGuard>;
type BuildEnd = () => void;

/** A guard set up as Astro sets it up for a command; returns it and the Vite plugin's buildEnd. */
function guardFor(command: 'dev' | 'build', trust: 'safe' | 'full' = 'safe'): { guard: Guard; buildEnd: BuildEnd } {
  const guard = contentGuard({ ...options, trust: { articles: trust, faq: trust } });
  let buildEnd: BuildEnd = () => {};
  const setup = guard.integration.hooks['astro:config:setup'] as unknown as (context: object) => void;
  setup({ command, updateConfig: (config: { vite: { plugins: { buildEnd: BuildEnd }[] } }) => (buildEnd = config.vite.plugins[0]!.buildEnd) });
  return { guard, buildEnd };
}

async function compileWith(guard: Guard, relativePath: string, body: string) {
  const file = new VFile({ path: path.join(contentDir, relativePath), value: body });
  return String(await compile(file, { remarkPlugins: [remarkGfm, guard.remarkContentGuard] }));
}

describe('in astro dev', () => {
  it('stops the compile of an unsafe article, naming the file, line and column', async () => {
    const { guard } = guardFor('dev');
    await expect(compileWith(guard, 'articles/x.mdx', 'Hi\n\n{process.env.HOME}\n')).rejects.toThrow(
      /test\/fixtures\/hostile\/articles\/x\.mdx:3:1: the expression \{process\.env\.HOME\} is refused/,
    );
  });

  it('keeps community files safe even when articles are trusted', async () => {
    const { guard } = guardFor('dev', 'full');
    await expect(compileWith(guard, 'articles/x.mdx', '{1 + 1}')).resolves.toContain('1 + 1');
    await expect(compileWith(guard, 'community/answers/q/a.mdx', '<script>alert(1)</script>')).rejects.toThrow(/`<script>` is refused/);
  });

  it('leaves the project\'s own MDX outside content/ alone', async () => {
    const { guard } = guardFor('dev');
    const file = new VFile({ path: path.resolve('src/pages/x.mdx'), value: 'import X from "./x.js"\n\n<X />' });
    await expect(compile(file, { remarkPlugins: [guard.remarkContentGuard] })).resolves.toBeDefined();
  });
});

describe('in astro build', () => {
  it('compiles a refused file to nothing of it, and fails with every problem of every file when bundling ends', async () => {
    const { guard, buildEnd } = guardFor('build');
    const unsafe = await compileWith(guard, 'articles/a.mdx', 'Home: {process.env.HOME}\n\n<img src="x" onerror="alert(1)" alt="A chart" />\n');
    const broken = await compileWith(guard, 'faq/b.mdx', 'Text\n\n<div>\n\nnever closed\n');
    const fine = await compileWith(guard, 'articles/c.mdx', 'Just *text*.');
    expect(unsafe).not.toMatch(/process\.env|onerror|alert/);
    expect(broken).not.toContain('never closed');
    expect(fine).toContain('text');
    expect(() => buildEnd()).toThrow(/3 problems in content\/ must be fixed/);
  });

  it('reports each problem at the file\'s own line and column', async () => {
    const { guard, buildEnd } = guardFor('build');
    await compileWith(guard, 'articles/a.mdx', '\n\nHome: {process.env.HOME}\n');
    await compileWith(guard, 'faq/b.mdx', 'Text\n\n<div>\n');
    let report = '';
    try {
      buildEnd();
    } catch (error) {
      report = (error as Error).message;
    }
    expect(report).toContain('test/fixtures/hostile/articles/a.mdx:3:7: the expression {process.env.HOME} is refused');
    expect(report).toMatch(/test\/fixtures\/hostile\/faq\/b\.mdx:3:1: MDX syntax error: Expected a closing tag for `<div>` \(line 3, column 1/);
  });

  it('lets a build with nothing refused go on', async () => {
    const { guard, buildEnd } = guardFor('build');
    await compileWith(guard, 'articles/c.mdx', 'Just text.');
    expect(() => buildEnd()).not.toThrow();
  });
});
