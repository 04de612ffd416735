/**
 * Which link targets may reach a visitor's browser. A URL is safe when it is relative (a path,
 * a fragment, a query) or uses one of the schemes a help center needs: http, https, mailto, tel.
 * Everything else (javascript:, data:, vbscript:, file:, blob:, an app's own scheme) is refused.
 *
 * The scheme is read the way a browser reads it: tabs and line breaks inside the URL are dropped
 * and leading spaces or control characters are trimmed, so "java&#x09;script:" (which MDX has
 * already decoded to a tab) and " JaVaScRiPt:" are both recognised as javascript:.
 */

export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
export type LinkScheme = (typeof LINK_SCHEMES)[number];

/** What the text of a URL turns out to be once normalised as a browser does. */
export type UrlVerdict =
  | { safe: true; scheme?: LinkScheme }
  | { safe: false; scheme: string };

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', period: '.', lpar: '(', rpar: ')' };

/** Decodes character references, in case a value reaches us still encoded (settings are plain text, MDX decodes its own). */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec!, hex ? 16 : 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[name!.toLowerCase()] ?? match;
  });
}

/** The URL as a browser parses it: no tab or line break anywhere, no control character or space at either end. */
export function normaliseUrl(raw: string): string {
  return decodeReferences(raw).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme a browser would see, lower-cased, or undefined for a relative URL. */
export function schemeOf(raw: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(raw));
  return match?.[1]!.toLowerCase();
}

/** Whether a URL may be published, and which scheme it has. */
export function checkUrl(raw: string, allowed: readonly string[] = LINK_SCHEMES): UrlVerdict {
  const scheme = schemeOf(raw);
  if (scheme === undefined) return { safe: true };
  return allowed.includes(scheme) ? { safe: true, scheme: scheme as LinkScheme } : { safe: false, scheme };
}

/** The sentence a writer reads when a URL is refused: what to write instead. */
export function unsafeUrlHint(scheme: string): string {
  if (scheme === 'javascript' || scheme === 'vbscript') return 'links cannot run script: link to a page (https://… or /articles/…) instead';
  if (scheme === 'data') return 'put the file under public/ and link to its path (e.g. /images/diagram.png) instead of a data: URL';
  return `use an https://, http://, mailto: or tel: address, or a path on this site such as /articles/…; a relative link containing ":" can be written as ./${scheme}:…`;
}
