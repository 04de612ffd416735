/**
 * Videos as facades: a page with `<Video youtube="…">` shows a local poster (or a neutral
 * placeholder) and a play button, and asks the platform for nothing until the visitor clicks.
 * Then the player's frame is inserted, from the address built here. Without JavaScript the
 * play button is a link to the video on the platform's own site.
 */
import { VIDEO_PLAYER_ORIGINS, type VideoPlatform } from '../security/csp';

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
export const VIMEO_ID = /^\d{6,12}$/;

/** The platforms by the prop that names them, with how their players and pages are addressed. */
export const VIDEO_PLATFORMS: Record<VideoPlatform, { name: string; embed(id: string, o: EmbedOptions): string; watch(id: string, o: EmbedOptions): string }> = {
  youtube: {
    name: 'YouTube',
    embed: (id, o) => {
      const query = new URLSearchParams({ autoplay: '1', rel: '0' });
      if (o.captions) {
        query.set('cc_load_policy', '1');
        query.set('cc_lang_pref', o.captions);
      }
      if (o.start) query.set('start', String(o.start));
      return `${VIDEO_PLAYER_ORIGINS.youtube}/embed/${id}?${query}`;
    },
    watch: (id, o) => `https://www.youtube.com/watch?v=${id}${o.start ? `&t=${o.start}s` : ''}`,
  },
  vimeo: {
    name: 'Vimeo',
    embed: (id, o) => {
      // dnt=1: Vimeo's player then tracks no session data.
      const query = new URLSearchParams({ autoplay: '1', dnt: '1' });
      if (o.captions) query.set('texttrack', o.captions);
      return `${VIDEO_PLAYER_ORIGINS.vimeo}/video/${id}?${query}${o.start ? `#t=${o.start}s` : ''}`;
    },
    watch: (id) => `https://vimeo.com/${id}`,
  },
};

export interface EmbedOptions {
  /** A language code whose captions are switched on, e.g. "en". */
  captions?: string;
  /** Where to start, in seconds. */
  start?: number;
}

export interface VideoSource {
  youtube?: string;
  vimeo?: string;
  src?: string;
}

export type VideoView =
  | { kind: 'platform'; platform: VideoPlatform; platformName: string; embedUrl: string; watchUrl: string }
  | { kind: 'file'; src: string };

const ID_PATTERNS: Record<VideoPlatform, RegExp> = { youtube: YOUTUBE_ID, vimeo: VIMEO_ID };

/**
 * How a video is shown, from the props the content check has validated. The ids are checked
 * again here, because a trusted file's expression reaches the component unchecked and an id
 * becomes part of an address.
 */
export function videoView(source: VideoSource, options: EmbedOptions = {}): VideoView {
  for (const platform of Object.keys(VIDEO_PLATFORMS) as VideoPlatform[]) {
    const id = source[platform];
    if (id === undefined) continue;
    if (!ID_PATTERNS[platform].test(id)) throw new Error(`<Video ${platform}="${id}"> is not a ${VIDEO_PLATFORMS[platform].name} video id`);
    const p = VIDEO_PLATFORMS[platform];
    return { kind: 'platform', platform, platformName: p.name, embedUrl: p.embed(id, options), watchUrl: p.watch(id, options) };
  }
  if (source.src === undefined) throw new Error('<Video> needs youtube, vimeo or src');
  return { kind: 'file', src: options.start ? `${source.src}#t=${options.start}` : source.src };
}

/** The platforms a video's props name: the sources its page's policy must allow frames from. */
export function platformOf(props: Record<string, unknown>): VideoPlatform | undefined {
  return (Object.keys(VIDEO_PLATFORMS) as VideoPlatform[]).find((p) => typeof props[p] === 'string');
}
