import fs from 'node:fs';
import path from 'node:path';
import type { StaticServer } from './static-server';

/**
 * The contact tests run against the `contact` site (test/fixtures/contact): its chat provider's
 * script (/stub/chat.js) and its request endpoint (/stub/endpoint) are answered by the test
 * server, and each test decides how: a script, a 404, nothing at all; 200, 500, a hang.
 */
export const STUB_SCRIPT = '/stub/chat.js';
export const STUB_ENDPOINT = '/stub/endpoint';

/** A stub chat widget: records how it was opened and shows a dialog, as a real widget would. */
export const STUB_CHAT_SCRIPT = `
window.StubChat = {
  opened: [],
  open: function () {
    this.opened.push(Array.prototype.slice.call(arguments));
    var box = document.createElement('div');
    box.id = 'stub-chat';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Stub chat');
    box.textContent = 'Hello from the stub chat';
    document.body.append(box);
  }
};
`;

/** The launcher's settings as a built page hands them to the browser. */
const CONFIG = /(<script type="application\/json" data-contact-config>)(.*?)(<\/script>)/s;

/**
 * Serves a built page at another path with some of the launcher's settings changed (e.g.
 * `loadOn: 'hover'`), exactly as a build with those settings writes them into the page: the
 * settings reach the browser only through this JSON, which the build tests check.
 */
export function servePageWithChatSettings(server: StaticServer, dist: string, page: string, alias: string, change: Record<string, unknown>): void {
  const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const changed = html.replace(CONFIG, (_all, open: string, json: string, close: string) =>
    `${open}${JSON.stringify({ ...JSON.parse(json), ...change }).replace(/</g, '\\u003c')}${close}`,
  );
  if (changed === html) throw new Error(`no launcher settings found in ${page}`);
  server.routes.set(alias, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(changed);
  });
}
