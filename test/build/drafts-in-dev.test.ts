import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_OUTPUT } from '../support/sites';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Writers preview drafts with `npm run dev`; production builds leave them out (see every-page.test.ts). */
describe('a draft article in the dev server', () => {
  let server: ChildProcess;
  let origin = '';

  beforeAll(async () => {
    const port = await freePort();
    server = spawn('npx', ['astro', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: {
        // Not vitest's own variables: Vite and Astro change behaviour when they see VITEST set.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
        NODE_ENV: 'development',
        HELP_CENTER_CONTENT: 'test/fixtures/site',
        HELP_CENTER_CACHE_DIR: `node_modules/.astro-dev-${TEST_OUTPUT.replace(/[^a-z0-9]+/gi, '-')}`,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      detached: true,
    });
    origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = new RegExp(`http://127\\.0\\.0\\.1:${port}`).exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
    });
    // The server prints its address before the first content sync has settled: wait for a page.
    for (let attempt = 0; attempt < 60; attempt++) {
      const status = await fetch(`${origin}/`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 90_000);

  afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  });

  it('is shown, marked as a draft and kept out of search engines', async () => {
    const response = await fetch(`${origin}/articles/unfinished/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('A draft nobody should see');
    expect(html).toContain('Draft: not published');
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });

  it('is listed in its section like any article', async () => {
    const html = await (await fetch(`${origin}/sections/start/`)).text();
    expect(html).toContain('href="/articles/unfinished/"');
  });
});
