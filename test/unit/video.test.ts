import { describe, expect, it } from 'vitest';
import { platformOf, videoView } from '../../src/lib/content-components/video';
import { VIDEO_PLAYER_ORIGINS } from '../../src/lib/security/csp';

describe('videoView', () => {
  it('plays YouTube from its privacy-enhanced player, with captions and a start time when asked', () => {
    const view = videoView({ youtube: 'Lrkspr-tmr1' }, { captions: 'en', start: 90 });
    expect(view).toEqual({
      kind: 'platform', platform: 'youtube', platformName: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/Lrkspr-tmr1?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=en&start=90',
      watchUrl: 'https://www.youtube.com/watch?v=Lrkspr-tmr1&t=90s',
    });
  });

  it('plays Vimeo without tracking, with its captions', () => {
    const view = videoView({ vimeo: '76979871' }, { captions: 'fr' });
    expect(view).toMatchObject({ platform: 'vimeo', embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&texttrack=fr', watchUrl: 'https://vimeo.com/76979871' });
  });

  it('embeds only from the origins the page policy allows', () => {
    for (const source of [{ youtube: 'Lrkspr-tmr1' }, { vimeo: '123456' }]) {
      const view = videoView(source);
      if (view.kind !== 'platform') throw new Error('expected a platform');
      expect(new URL(view.embedUrl).origin).toBe(VIDEO_PLAYER_ORIGINS[view.platform]);
    }
  });

  it('plays a file of the site in the browser, and names the platform a video\'s props use', () => {
    expect(videoView({ src: '/videos/a.webm' }, { start: 5 })).toEqual({ kind: 'file', src: '/videos/a.webm#t=5' });
    expect(platformOf({ vimeo: '1', title: 'x' })).toBe('vimeo');
    expect(platformOf({ src: '/videos/a.webm' })).toBeUndefined();
  });
});

describe('videoView guards', () => {
  it('refuses an id that is not one, which only an expression in a trusted file could bring', () => {
    expect(() => videoView({ youtube: '../../x?a=' })).toThrow(/is not a YouTube video id/);
    expect(() => videoView({ vimeo: '12ab' })).toThrow(/is not a Vimeo video id/);
  });
});
