import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.csv': 'text/csv; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A request as the server saw it: tests count what the browser fetched, workers included. */
export interface ServedRequest {
  method: string;
  url: string;
  status: number;
  bytes: number;
}

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

export interface StaticServer {
  origin: string;
  requests: ServedRequest[];
  /** Extra routes (stub endpoints, stub scripts) answered before the files. */
  routes: Map<string, RouteHandler>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Gzip text responses for browsers that accept it, as every CDN does, so that Lighthouse weighs
   * and judges what a visitor would download. Default: false (tests count the bytes on disk).
   */
  gzip?: boolean;
}

/** What a CDN compresses: text, not images or Pagefind's files (which are gzipped already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Serves a built site from 127.0.0.1 like a plain CDN would: directory index files and the 404 page. */
export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const routes = new Map<string, RouteHandler>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: ServedRequest = { method: req.method ?? 'GET', url: url.pathname + url.search, status: 200, bytes: 0 };
      requests.push(record);
      const route = routes.get(url.pathname);
      if (route) {
        res.on('finish', () => (record.status = res.statusCode));
        route(req, res, Buffer.concat(chunks).toString('utf8'));
        return;
      }
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) file = root;
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const found = fs.existsSync(file) && fs.statSync(file).isFile();
      const served = found ? file : path.join(root, '404.html');
      const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
      const gzip = options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      const body = gzip ? zlib.gzipSync(fs.readFileSync(served)) : fs.readFileSync(served);
      record.status = found ? 200 : 404;
      record.bytes = body.length;
      res.writeHead(record.status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
