/**
 * Video facades drawn by <Video> (src/components/content/Video.astro): the play link, which
 * without JavaScript leads to the video on its platform, becomes a button that puts the
 * platform's player in the poster's place and moves the focus into it. Nothing is asked of the
 * platform before that click.
 */

function play(root: Document, figure: HTMLElement): void {
  const frame = figure.querySelector<HTMLElement>('[data-video-frame]');
  const src = figure.dataset.videoEmbed;
  if (!frame || !src) return;
  const iframe = root.createElement('iframe');
  iframe.className = 'content-video-player';
  iframe.src = src;
  // Every video has a title (the content check requires one): the frame is named by it.
  iframe.title = figure.dataset.videoTitle ?? '';
  iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  iframe.allowFullscreen = true;
  iframe.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.replaceChildren(iframe);
  frame.dataset.playing = '';
  iframe.focus();
}

export function setUpVideos(root: Document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-video]')) {
    const link = figure.querySelector<HTMLAnchorElement>('a[data-video-play]');
    if (!link) continue;
    const button = root.createElement('button');
    button.type = 'button';
    button.className = link.className;
    const label = link.getAttribute('aria-label');
    if (label) button.setAttribute('aria-label', label);
    button.append(...link.childNodes);
    link.replaceWith(button);
    button.addEventListener('click', () => play(root, figure));
  }
}
