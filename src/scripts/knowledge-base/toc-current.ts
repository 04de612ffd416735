/**
 * Marks, in the "On this page" column, the heading the visitor is reading: the last heading
 * that has scrolled past the top fifth of the window. `aria-current="location"` carries the mark
 * for assistive technology and for the style.
 */
import { currentHeading } from '../../lib/knowledge-base/toc';

export function markCurrentHeading(doc: Document, toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].filter((a) => a.getAttribute('href') !== '#top');
  const headings = links.map((a) => doc.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return;
  let marked: string | undefined;
  const update = () => {
    const view = doc.defaultView!;
    const id = currentHeading(headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })), view.innerHeight / 5);
    if (id === marked) return;
    marked = id;
    for (const a of links) {
      if (a.hash === `#${id}`) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  let queued = false;
  doc.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  update();
}
