import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { formatBytes } from '../../src/lib/content-components/download';
import { readPage } from '../support/html';
import { outDir } from '../support/sites';

/**
 * The components writers use, as built: test/fixtures/site/articles/components.mdx holds each
 * one (and both forms of a callout), the example's writers' guide shows them in real articles.
 */
const fixture = outDir('fixture');
const example = outDir('example');
const html = readPage(fixture, '/articles/components/');
const prose = html.querySelector('.prose')!;
const raw = fs.readFileSync(path.join(fixture, 'articles/components/index.html'), 'utf8');
const cspOf = (source: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(source)![1]!;
const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

describe('a page of every component', () => {
  it('has no inline style anywhere, and no element or address a writer could not write', () => {
    expect(raw).not.toMatch(/\sstyle=/);
    expect(raw).not.toMatch(/<iframe|javascript:/i);
  });

  it('renders <Callout> and GitHub\'s > [!WARNING] as the same HTML: a note with its type said in words, an icon hidden from screen readers', () => {
    const [component, alert, titled] = prose.querySelectorAll('.callout');
    expect(alert!.toString()).toBe(component!.toString());
    expect(component!.getAttribute('role')).toBe('note');
    expect(component!.classList.contains('callout--warning')).toBe(true);
    expect(component!.querySelector('.callout-heading')!.textContent).toBe('Warning');
    expect(component!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(titled!.querySelector('.callout-heading')!.textContent).toBe('Tip: A title of its own');
    expect(titled!.querySelector('.callout-heading .visually-hidden')!.textContent).toBe('Tip: ');
  });

  it('renders <Steps> as the writer\'s own numbered list', () => {
    expect(prose.querySelectorAll('.steps > ol > li').map((li) => li.textContent)).toEqual(['First step.', 'Second step.', 'Third step.']);
  });

  it('renders tabs as the WAI-ARIA pattern: tabs controlling labelled panels, the first shown, the others hidden', () => {
    const groups = prose.querySelectorAll('[data-tabs]');
    expect(groups.map((g) => g.getAttribute('data-sync-key') ?? null)).toEqual(['os', 'os', null]);
    const [first] = groups;
    expect(first!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Operating system');
    const tabs = first!.querySelectorAll('[role="tab"]');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected'), t.getAttribute('tabindex')])).toEqual([['macOS', 'true', '0'], ['Windows', 'false', '-1'], ['Linux', 'false', '-1']]);
    for (const tab of tabs) {
      const panel = html.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel.hasAttribute('hidden')).toBe(tab.getAttribute('aria-selected') !== 'true');
      // Shown where the tab list is not: without JavaScript and on paper.
      expect(panel.querySelector('.tab-panel-label')!.textContent).toBe(tab.textContent);
    }
    const ids = html.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loads the tab script only on pages with tabs, and once', () => {
    expect(raw.match(/help-center:tabs:/g)).toHaveLength(1);
    expect(fs.readFileSync(path.join(fixture, 'articles/advanced-topic/index.html'), 'utf8')).not.toContain('help-center:tabs:');
  });

  it('renders a figure through the optimiser: WebP and the original format at the shown widths, with width and height, and a full-size link', () => {
    const [diagram, decorative] = prose.querySelectorAll('figure.content-figure');
    const img = diagram!.querySelector('picture img')!;
    expect(img.getAttribute('alt')).toBe('Two boxes joined by a line');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['800', '400']);
    expect(img.getAttribute('loading')).toBe('lazy');
    const webp = diagram!.querySelector('source[type="image/webp"]')!;
    expect(webp.getAttribute('srcset')!.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '720w', '1440w']);
    expect(webp.getAttribute('sizes')).toBe('(min-width: 752px) 720px, calc(100vw - 2rem)');
    for (const file of webp.getAttribute('srcset')!.split(', ').map((s) => s.split(' ')[0]!)) expect(fs.existsSync(path.join(fixture, file)), file).toBe(true);
    expect(diagram!.querySelector('figcaption')!.textContent).toBe('A diagram. Open full size image: Two boxes joined by a line');
    const full = diagram!.querySelector('a.content-figure-zoom')!.getAttribute('href')!;
    expect(full).toMatch(/^\/_astro\/flow\.[\w-]+\.png$/);
    expect(fs.existsSync(path.join(fixture, full))).toBe(true);
    expect(decorative!.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(decorative!.querySelector('figcaption')).toBeNull();
  });

  it('renders keys as nested <kbd>, badges by variant, and cards as links, an outside one rel="noopener"', () => {
    expect(prose.querySelectorAll('kbd.kbd-combo > kbd.kbd').map((k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'K', 'Ctrl', 'K']);
    expect(prose.querySelector('.content-badge--success')!.textContent).toBe('New');
    const links = prose.querySelectorAll('.link-card-grid > .link-card .link-card-title a');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel') ?? null])).toEqual([['/articles/advanced-topic/', null], ['https://example.com/', 'noopener']]);
  });

  it('renders platform videos as facades: a local poster or a placeholder, a play link, and the player\'s address kept for after the click', () => {
    const [youtube, vimeo, file] = prose.querySelectorAll('figure.content-video');
    expect(youtube!.getAttribute('data-video-embed')).toBe('https://www.youtube-nocookie.com/embed/Lrkspr-tmr1?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=en');
    expect(youtube!.querySelector('picture img')!.getAttribute('src')).toMatch(/^\/_astro\//);
    expect(youtube!.querySelector('a[data-video-play]')!.getAttribute('href')).toBe('https://www.youtube.com/watch?v=Lrkspr-tmr1');
    expect(youtube!.querySelector('a[data-video-play]')!.getAttribute('aria-label')).toBe('Play video: A YouTube video');
    expect(vimeo!.querySelector('.content-video-placeholder')).not.toBeNull();
    expect(vimeo!.getAttribute('data-video-embed')).toMatch(/^https:\/\/player\.vimeo\.com\/video\/76979871\?autoplay=1&dnt=1/);
    const video = file!.querySelector('video')!;
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.querySelector('track')!.attributes).toMatchObject({ kind: 'captions', src: '/videos/start-a-timer.en.vtt', srclang: 'en', label: 'English' });
    // Nothing on the page is fetched from another origin before a click.
    expect(html.querySelectorAll('[src]').map((e) => e.getAttribute('src')!).filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
  });

  it('lets frames come from the players this page shows, and from none on a page without videos', () => {
    expect(directive(cspOf(raw), 'frame-src')).toBe("frame-src 'self' https://player.vimeo.com https://www.youtube-nocookie.com");
    const other = fs.readFileSync(path.join(fixture, 'articles/advanced-topic/index.html'), 'utf8');
    expect(directive(cspOf(other), 'frame-src')).toBe("frame-src 'self'");
    const exampleVideos = fs.readFileSync(path.join(example, 'articles/videos/index.html'), 'utf8');
    expect(directive(cspOf(exampleVideos), 'frame-src')).toBe("frame-src 'self' https://www.youtube-nocookie.com");
  });

  it('offers a download with its type and its size, read from the file', () => {
    const bytes = fs.statSync('public/downloads/client-import-template.csv').size;
    const links = prose.querySelectorAll('a.content-download-link');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('download'), a.textContent])).toEqual([
      ['/downloads/client-import-template.csv', 'client-import-template.csv', `The template CSV spreadsheet, ${formatBytes(bytes, translatorFor('en'))}`],
      ['/downloads/client-import-template.csv', 'client-import-template.csv', `client-import-template.csv CSV spreadsheet, ${formatBytes(bytes, translatorFor('en'))}`],
    ]);
  });

  it('renders a snippet (and the snippet inside it) in place, inside the part of the page search indexes', () => {
    const body = html.querySelector('[data-pagefind-body]')!;
    expect(body.querySelectorAll('.prose .callout--warning .callout-body').map((c) => c.textContent)).toContain('Shared words from a snippet, with Ctrl+K and a Beta.');
    expect(body.textContent).toContain('A line from a snippet inside a snippet.');
  });

  it('puts the snippet into an FAQ answer and its structured data, words of components included', () => {
    const faq = readPage(fixture, '/faq/edge-cases/');
    expect(faq.querySelector('#can-an-answer-come-from-a-snippet-answer')!.textContent).toContain('Shared words from a snippet');
    const ld = JSON.parse(faq.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent).find((t) => t.includes('FAQPage'))!);
    const entry = ld.mainEntity.find((q: { name: string }) => q.name === 'Can an answer come from a snippet?');
    expect(entry.acceptedAnswer.text).toBe('Warning\n\nShared words from a snippet, with Ctrl+K and a Beta.\n\nA line from a snippet inside a snippet.');
  });

  it('frames code blocks: a title, marked lines in <mark>, a copy button hidden until its script runs, a status to announce it', () => {
    const [titled, plain] = prose.querySelectorAll('[data-code-block]');
    expect(titled!.tagName).toBe('FIGURE');
    expect(titled!.querySelector('figcaption.code-block-title')!.textContent).toBe('app.js');
    // The parser keeps a <pre> as raw markup: its lines are read from it.
    expect(parse(titled!.querySelector('pre')!.innerHTML).querySelectorAll('.code-line').map((l) => [l.tagName, l.textContent])).toEqual([
      ['SPAN', 'const a = 1;'], ['MARK', 'const b = 2;'], ['SPAN', 'const c = 3;'], ['MARK', 'const d = 4;'], ['MARK', 'const e = 5;'],
    ]);
    const button = titled!.querySelector('button.code-copy')!;
    expect(button.hasAttribute('hidden')).toBe(true);
    expect(button.textContent).toBe('Copy code: app.js');
    expect(titled!.querySelector('[role="status"]')).not.toBeNull();
    expect(plain!.tagName).toBe('DIV');
    expect(raw).not.toContain('metastring');
  });
});

describe('the writers\' guide in the example', () => {
  const guide = ['write-and-publish-an-article', 'callouts', 'numbered-steps', 'tabs', 'keys-and-badges', 'link-cards', 'code-blocks', 'images-and-diagrams', 'videos', 'files-to-download', 'snippets', 'support-hours'];

  it.each(guide)('publishes /articles/%s/ in its own category', (slug) => {
    const page = readPage(example, `/articles/${slug}/`);
    expect(page.querySelectorAll('nav.breadcrumbs a').map((a) => a.textContent.trim())).toContain('Writing for this help center');
  });

  it('links every guide page from the first one\'s cards', () => {
    const cards = readPage(example, '/articles/write-and-publish-an-article/').querySelectorAll('.link-card a').map((a) => a.getAttribute('href'));
    expect(cards).toEqual(guide.slice(1).map((slug) => `/articles/${slug}/`));
  });
});
