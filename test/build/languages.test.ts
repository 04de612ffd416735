import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, jsonLdOf, readPage } from '../support/html';
import { brokenCopy, edit, lineOf } from '../support/mistakes';
import { buildSite, outDir, TEST_OUTPUT } from '../support/sites';

/** The example help center is built in English, German and Arabic (content/de/, content/ar/). */
describe('the example help center in three languages', () => {
  const dist = outDir('example');
  const page = (url: string) => readPage(dist, url);
  const links = (url: string) => page(url).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
  const sitemap = () => fs.readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => fs.readFileSync(path.join(dist, f), 'utf8')).join('');

  it('says each page\'s language and direction on <html>', () => {
    expect(page('/').querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(page('/de/').querySelector('html')!.getAttribute('lang')).toBe('de');
    const arabic = page('/ar/').querySelector('html')!;
    expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('links a translated article to its translations with hreflang and x-default, following a translated slug', () => {
    const expected = [['en', '/articles/create-your-workspace/'], ['de', '/de/articles/arbeitsbereich-einrichten/'], ['ar', '/ar/articles/create-your-workspace/'], ['x-default', '/articles/create-your-workspace/']];
    expect(links('/articles/create-your-workspace/')).toEqual(expected);
    expect(links('/de/articles/arbeitsbereich-einrichten/')).toEqual(expected);
    expect(page('/de/articles/arbeitsbereich-einrichten/').querySelector('h1')!.textContent).toBe('Ihren Larkspur-Arbeitsbereich einrichten');
  });

  it('shows an untranslated article in its original language inside the German pages, saying so, pointing search engines to the original', () => {
    const fallback = page('/de/articles/fix-accounting-sync-errors/');
    expect(fallback.querySelector('.language-notice')!.textContent).toContain('noch nicht übersetzt');
    expect(fallback.querySelector('article')!.getAttribute('lang')).toBe('en');
    expect(fallback.querySelector('article')!.hasAttribute('data-pagefind-body')).toBe(false);
    expect(new URL(fallback.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe('/articles/fix-accounting-sync-errors/');
    expect(links('/de/articles/fix-accounting-sync-errors/')).toEqual([]);
    expect(jsonLdOf(fallback).find((d) => d['@type'] === 'TechArticle')?.inLanguage).toBe('en');
  });

  it('says the language of structured data on translated pages', () => {
    expect(jsonLdOf(page('/de/articles/arbeitsbereich-einrichten/')).find((d) => d['@type'] === 'TechArticle')?.inLanguage).toBe('de');
    expect(jsonLdOf(page('/de/faq/zeiterfassung/')).find((d) => d['@type'] === 'FAQPage')?.inLanguage).toBe('de');
  });

  it('lists translations as alternates in the sitemap, and no fallback page', () => {
    const xml = sitemap();
    expect(xml).toContain('<loc>https://help.larkspur.example/de/articles/arbeitsbereich-einrichten/</loc><xhtml:link rel="alternate" hreflang="en" href="https://help.larkspur.example/articles/create-your-workspace/"/>');
    expect(xml).not.toContain('<loc>https://help.larkspur.example/de/articles/fix-accounting-sync-errors/</loc>');
    expect(xml).toContain('<loc>https://help.larkspur.example/de/categories/getting-started/</loc>');
  });

  it('builds one search index per language, holding only the pages written in it', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const searchable = (prefix: string) => builtPages(dist).filter((url) => url.startsWith(prefix) && readPage(dist, url).querySelector('[data-pagefind-body]')).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'de', 'en']);
    expect(entry.languages.de!.page_count).toBe(searchable('/de/'));
    expect(entry.languages.ar!.page_count).toBe(searchable('/ar/'));
    // Seven articles of Getting started, one FAQ page and six questions are German.
    expect(entry.languages.de!.page_count).toBe(14);
  });

  it('speaks each language in the chrome and the settings\' words: navigation, tagline, request types', () => {
    const home = page('/de/');
    expect(home.querySelector('#hero-title + p')!.textContent).toBe('Antworten rund um Zeiterfassung, Rechnungsversand und Zahlungseingang mit Larkspur.');
    expect(home.querySelector('a[href="/de/categories/getting-started/"]')!.textContent).toBe('Erste Schritte');
    const request = page('/de/request/');
    expect(request.querySelectorAll('option').map((o) => o.textContent.trim())).toContain('Etwas funktioniert nicht');
  });

  it('offers a switcher on every page of every language, its links in the language they lead to', () => {
    for (const url of ['/', '/de/', '/ar/articles/create-your-workspace/', '/de/community/questions/timer-stopped-overnight/']) {
      const items = page(url).querySelectorAll('#language-menu a');
      expect(items.map((a) => a.getAttribute('lang')), url).toEqual(['en', 'de', 'ar']);
      expect(items.filter((a) => a.getAttribute('aria-current') === 'true').length, url).toBe(1);
    }
    // Not translated into Arabic: the Arabic link leads to the article's section there.
    expect(page('/de/articles/arbeitsbereich-einrichten/').querySelector('#language-menu a[lang="ar"]')!.getAttribute('href')).toBe('/ar/articles/create-your-workspace/');
    expect(page('/articles/import-clients-and-projects/').querySelector('#language-menu a[lang="ar"]')!.getAttribute('href')).toBe('/ar/sections/workspace-setup/');
  });

  it('gives each language its own words for "Did you mean …?"', () => {
    const german = JSON.parse(fs.readFileSync(path.join(dist, 'de/search-terms.json'), 'utf8')) as string[];
    expect(german).toContain('arbeitsbereich');
    expect(german).not.toContain('quickbooks');
  });
});

describe('a translation older than its original', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  beforeAll(() => {
    dir = brokenCopy('outdated-translation', (d) => {
      edit(`${d}/settings.yaml`, 'siteName: Fixture Help Center', 'siteName: Fixture Help Center\nlocales:\n  - { code: en, label: English }\n  - { code: de, label: Deutsch }');
      fs.mkdirSync(`${d}/de/articles`, { recursive: true });
      fs.writeFileSync(`${d}/de/articles/advanced-topic.mdx`, '---\ntitle: Ein Artikel in einem Unterabschnitt\ndescription: Er steht im Unterabschnitt.\nslug: fortgeschritten\nupdated: 2026-01-01\n---\n\nUnterabschnitte haben eigene Brotkrumen.\n');
    });
    result = buildSite(dir, `${TEST_OUTPUT}/mistakes/outdated-translation-dist`);
  });

  it('builds, with a warning at the translation that says what changed when', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`${dir}/de/articles/advanced-topic.mdx:1:1: warning: this translation may be out of date: its original (${dir}/articles/advanced-topic.mdx) changed on 2026-02-10, the translation on 2026-01-01`);
  });

  it('says so on its page, with a link to the original', () => {
    const built = readPage(path.resolve(`${TEST_OUTPUT}/mistakes/outdated-translation-dist`), '/de/articles/fortgeschritten/');
    const notice = built.querySelector('.language-notice')!;
    expect(notice.textContent).toContain('möglicherweise nicht mehr aktuell');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/articles/advanced-topic/');
  });
});

describe('a writer\'s mistakes in translations', () => {
  let dir = '';
  let result: { status: number | null; output: string };
  beforeAll(() => {
    dir = brokenCopy('translation-mistakes', (d) => {
      edit(`${d}/settings.yaml`, 'siteName: Fixture Help Center', 'siteName: Fixture Help Center\nlocales:\n  - { code: en, label: English }\n  - { code: de, label: Deutsch }');
      const article = (body: string, extra = '') => `---\ntitle: Ein Titel\ndescription: Eine Beschreibung.\n${extra}---\n\n${body}\n`;
      fs.mkdirSync(`${d}/de/articles/a`, { recursive: true });
      fs.mkdirSync(`${d}/de/articles/b`, { recursive: true });
      fs.mkdirSync(`${d}/fr/articles`, { recursive: true });
      fs.writeFileSync(`${d}/de/articles/advanced-tpoic.mdx`, article('Kein Original.'));
      fs.writeFileSync(`${d}/de/articles/a/table-of-contents.mdx`, article('Einmal.'));
      fs.writeFileSync(`${d}/de/articles/b/table-of-contents.mdx`, article('Zweimal.'));
      fs.writeFileSync(`${d}/de/articles/advanced-topic.mdx`, article('Siehe [das Inhaltsverzeichnis](/articles/table-of-contents/).', 'slug: fortgeschritten\n'));
      fs.writeFileSync(`${d}/fr/articles/advanced-topic.mdx`, article('Pas de langue.'));
      // A translation is held to its original's safe mode: nothing in it runs.
      fs.writeFileSync(`${d}/de/articles/components.mdx`, article('<script>window.__pwned = 1</script>\n\n{process.env.HOME}'));
    });
    result = buildSite(dir, `${TEST_OUTPUT}/mistakes/translation-mistakes-dist`);
  });

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
  });

  it('names a translation whose original does not exist, and the original it probably means', () => {
    expect(result.output).toContain(`${dir}/de/articles/advanced-tpoic.mdx:1:1: this translation has no original: no article of ${dir}/articles/ has the id "advanced-tpoic"\n    → name a translation after its original's id (its file name, or its \`slug:\`): did you mean advanced-topic?`);
  });

  it('names both files when one entry has two translations into one language', () => {
    expect(result.output).toContain(`${dir}/de/articles/a/table-of-contents.mdx:1:1: 2 files translate the article "table-of-contents" into de: ${dir}/de/articles/a/table-of-contents.mdx, ${dir}/de/articles/b/table-of-contents.mdx`);
    expect(result.output).toContain(`${dir}/de/articles/b/table-of-contents.mdx:1:1: 2 files translate`);
  });

  it('refuses script and expressions in a translation as in its original, at its line', () => {
    const file = `${dir}/de/articles/components.mdx`;
    expect(result.output).toContain(`${file}:${lineOf(file, '<script>')}:1: \`<script>\` is refused`);
    expect(result.output).toContain(`${file}:${lineOf(file, '{process.env.HOME}')}:1: the expression {process.env.HOME} is refused`);
    expect(result.output).not.toContain('/root');
  });

  it('refuses a language folder the settings do not list', () => {
    expect(result.output).toContain(`${dir}/fr/articles/advanced-topic.mdx:1:1: this file is not published: "fr" is not one of the site's languages\n    → add { code: fr, label: … } under \`locales\` in ${dir}/settings.yaml, or move the file into one of the language folders: ${dir}/de/`);
  });

  it('refuses a link from a translation to the original of a page translated into its language', () => {
    const file = `${dir}/de/articles/advanced-topic.mdx`;
    const column = 'Siehe [das Inhaltsverzeichnis]('.length + 1;
    expect(result.output).toContain(`${file}:${lineOf(file, 'Siehe')}:${column}: the link /articles/table-of-contents/ leads to the page in the original language, but that page is translated into de\n    → link to its translation: /de/articles/table-of-contents/`);
  });
});
