/**
 * The Content-Security-Policy of every page. Astro adds the hashes of the scripts and styles it
 * emits (security.csp); this module says everything else: by default nothing but this site,
 * WebAssembly for the search engine, images from https, and no plug-ins, frames, or base-URL
 * tricks. A configured chat provider adds its vendor's documented sources; a request delivery
 * adds its endpoint to the pages that send to it, and a video from a platform adds that
 * platform's player to the pages that show one. No inline script, event handler or javascript:
 * URL can run, whatever a page contains.
 */
import type { ChatProvider } from '../../schemas/settings/chat';
import { chatCspSources, type CspDirective } from '../contact/chat-providers';
import { deliveryUrl, type DeliverySettings } from '../contact/request-delivery';

export interface SiteCsp {
  /** Directives other than script-src and style-src, which Astro writes with its hashes. */
  directives: string[];
  scriptResources: string[];
  styleResources: string[];
}

const SELF = "'self'";

/** Directives Astro leaves to us, with the sources every page allows. */
const BASE: Record<Exclude<CspDirective, 'script-src' | 'style-src'> | 'default-src' | 'object-src' | 'base-uri' | 'form-action' | 'manifest-src', string[]> = {
  'default-src': [SELF],
  'connect-src': [SELF],
  'img-src': [SELF, 'https:'],
  'font-src': [SELF],
  'media-src': [SELF, 'https:'],
  'frame-src': [SELF],
  'worker-src': [SELF],
  'manifest-src': [SELF],
  'object-src': ["'none'"],
  'base-uri': [SELF],
  'form-action': [SELF],
};

const unique = (values: readonly string[]) => [...new Set(values)];

/** The policy every page of a site carries, given its chat provider (if any). */
export function siteCsp(chat: ChatProvider | undefined): SiteCsp {
  const extra = chat ? chatCspSources(chat) : {};
  const directives = Object.entries(BASE).map(([name, sources]) => `${name} ${unique([...sources, ...(extra[name as CspDirective] ?? [])]).join(' ')}`);
  return {
    directives,
    // Pagefind compiles its WebAssembly in the browser; that is all 'wasm-unsafe-eval' allows.
    scriptResources: unique([SELF, "'wasm-unsafe-eval'", ...(extra['script-src'] ?? [])]),
    styleResources: unique([SELF, ...(extra['style-src'] ?? [])]),
  };
}

/** What a page that sends requests (or article feedback) adds: where the form and its script send to. */
export function deliveryCsp(delivery: DeliverySettings): `${'connect-src' | 'form-action'} ${string}`[] {
  const originOf = (url: string) => (url.startsWith('/') ? SELF : new URL(url).origin);
  switch (delivery.type) {
    case 'mailto':
      // Without JavaScript the form's action is a mailto: address.
      return ['form-action mailto:'];
    case 'zendesk':
      return [`connect-src ${originOf(deliveryUrl(delivery)!)}`, 'form-action mailto:'];
    case 'endpoint':
    case 'formspree':
    case 'basin':
    case 'netlify': {
      const origin = originOf(deliveryUrl(delivery)!);
      return [`connect-src ${origin}`, `form-action ${origin}`];
    }
  }
}

/**
 * The players of the video platforms `<Video>` embeds, one origin each: the frame a visitor
 * starts by clicking the play button loads from here (YouTube's privacy-enhanced domain, which
 * sets no cookies until the video plays). src/lib/content-components/video.ts builds the embed
 * addresses from these, so the policy and the frames cannot disagree.
 */
export const VIDEO_PLAYER_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
} as const;

export type VideoPlatform = keyof typeof VIDEO_PLAYER_ORIGINS;

/** What a page showing videos adds: frames from the players of the platforms it uses, and no other. */
export function videoCsp(platforms: Iterable<VideoPlatform>): `frame-src ${string}`[] {
  const origins = [...new Set(platforms)].sort().map((p) => VIDEO_PLAYER_ORIGINS[p]);
  return origins.length ? [`frame-src ${origins.join(' ')}`] : [];
}

/**
 * Adds a page's own directives to its policy (Astro.csp), each once. A page asks for them in its
 * frontmatter: the policy is written before a component's own code runs.
 */
export function insertDirectives<D extends string>(policy: { insertDirective(directive: D): void } | undefined, directives: Iterable<D>): void {
  for (const directive of new Set(directives)) policy?.insertDirective(directive);
}
