import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StaticServer } from './static-server';

/**
 * The contact tests run against the `contact` site (test/fixtures/contact). The test server
 * answers for everything its settings name, and each test decides how:
 * - its custom chat provider's script (/stub/chat.js) and the vendors' stand-ins
 *   (/stub/vendors/*.js, test/support/chat-stand-ins.ts): a script, a 404, nothing at all;
 * - its request endpoint, on another origin as a help desk is: http://requests.stand-in.test,
 *   which the browser reaches on the same server (useBuiltSite's standInHosts). Only the
 *   fixture's settings name that origin, so only its pages' policy allows it.
 */
export const STUB_SCRIPT = '/stub/chat.js';

/** The help desk's origin in the fixture's settings (requestForm.delivery.url). */
export const STAND_IN_HOST = 'requests.stand-in.test';
export const STAND_IN_HOSTS = [STAND_IN_HOST] as const;
export const STUB_ENDPOINT = '/stub/endpoint';
/** Where the Zendesk stand-in answers, on the same origin: a Zendesk delivery's `url`. */
export const ZENDESK_STAND_IN_PATH = '/api/v2/requests.json';
export const ZENDESK_STAND_IN_URL = `http://${STAND_IN_HOST}${ZENDESK_STAND_IN_PATH}`;

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

/** Serves a script body at a path. */
export function serveScript(server: StaticServer, urlPath: string, body: string): void {
  server.routes.set(urlPath, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(body);
  });
}

/**
 * Serves a script only when `release()` is called: a vendor whose script arrives after the
 * facade gave up, and may then start and show itself.
 */
export function serveScriptLater(server: StaticServer, urlPath: string, body: string): { requested: () => boolean; release: () => void } {
  const waiting: ServerResponse[] = [];
  let asked = false;
  server.routes.set(urlPath, (_req, res) => {
    asked = true;
    waiting.push(res);
  });
  return {
    requested: () => asked,
    release: () => {
      for (const res of waiting.splice(0)) {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        res.end(body);
      }
    },
  };
}

/** What a help desk answers: a status and body, and whether the answer carries CORS headers. */
export interface DeskAnswer {
  status: number;
  body?: string;
  /** Zendesk leaves them off its 403 and 429 answers; the browser then hides the whole answer. Default: true. */
  cors?: boolean;
  contentType?: string;
}

/** A request the help desk received. */
export interface Received {
  method: string;
  contentType: string;
  text: string;
}

/**
 * Answers POSTs at `urlPath` as a help desk on another origin does: the CORS preflight is
 * allowed, then `answer` decides. It may return 'hang' (no answer at all) or 'drop' (the
 * connection is cut).
 */
export function answerAsHelpDesk(
  server: StaticServer,
  urlPath: string,
  answer: (received: Received) => DeskAnswer | 'hang' | 'drop',
  received: Received[] = [],
): Received[] {
  server.routes.set(urlPath, (req: IncomingMessage, res: ServerResponse, text: string) => {
    const origin = String(req.headers.origin ?? '*');
    const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Accept' });
      res.end();
      return;
    }
    const request = { method: req.method ?? '', contentType: String(req.headers['content-type'] ?? ''), text };
    received.push(request);
    const reply = answer(request);
    if (reply === 'hang') return;
    if (reply === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/json', ...(reply.cors === false ? {} : cors) });
    res.end(reply.body ?? '');
  });
  return received;
}

/** The launcher's and the request form's settings as a built page hands them to the browser. */
const ISLANDS = {
  contact: /(<script type="application\/json" data-contact-config>)(.*?)(<\/script>)/s,
  request: /(<script type="application\/json" id="request-config">)(.*?)(<\/script>)/s,
};

/** The launcher's corner (chat.position), as the page writes it on the launcher's container. */
const POSITION = /(<div class="contact" data-contact data-position=")(left|right)(")/;

/**
 * Serves a built page at another path with some of its browser settings changed, exactly as a
 * build with those settings writes them into the page: the launcher's (`contact`: provider,
 * timeoutSeconds…, and its corner, `position`) and the request form's (`request`: delivery,
 * confirmation…). These settings reach the browser only through these JSON islands and that
 * attribute, which the build tests check; the page's Content-Security-Policy stays the one the
 * fixture's settings gave it.
 */
export function servePageWithSettings(
  server: StaticServer,
  dist: string,
  page: string,
  alias: string,
  { position, ...change }: { contact?: Record<string, unknown>; request?: Record<string, unknown>; position?: 'left' | 'right' },
): void {
  let html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  if (position) {
    if (!POSITION.test(html)) throw new Error(`no launcher corner found in ${page}`);
    html = html.replace(POSITION, `$1${position}$3`);
  }
  for (const [island, values] of Object.entries(change) as [keyof typeof ISLANDS, Record<string, unknown>][]) {
    const changed = html.replace(ISLANDS[island], (_all, open: string, json: string, close: string) =>
      `${open}${JSON.stringify({ ...JSON.parse(json), ...values }).replace(/</g, '\\u003c')}${close}`,
    );
    if (changed === html) throw new Error(`no ${island} settings found in ${page}`);
    html = changed;
  }
  server.routes.set(alias, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
}

