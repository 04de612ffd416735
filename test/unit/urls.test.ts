import { describe, expect, it } from 'vitest';
import { absoluteUrl, editUrlFor, isExternal, makeUrls, urls } from '../../src/lib/site/urls';

describe('urls', () => {
  it('builds flat, slash-terminated paths', () => {
    expect(urls.home()).toBe('/');
    expect(urls.category('billing')).toBe('/categories/billing/');
    expect(urls.section('invoices')).toBe('/sections/invoices/');
    expect(urls.article('create-an-invoice')).toBe('/articles/create-an-invoice/');
    expect(urls.label('tax')).toBe('/labels/tax/');
    expect(urls.request()).toBe('/request/');
  });

  it('gives page 1 of a section no page suffix, later pages one', () => {
    expect(urls.section('invoices', 1)).toBe('/sections/invoices/');
    expect(urls.section('invoices', 3)).toBe('/sections/invoices/page/3/');
  });

  it('puts a language prefix in front, and a translation\'s own slug where it has one', () => {
    const de = makeUrls({ prefix: '/de', slugs: { article: new Map([['create-your-workspace', 'arbeitsbereich-einrichten']]) } });
    expect(de.home()).toBe('/de/');
    expect(de.article('x')).toBe('/de/articles/x/');
    expect(de.article('create-your-workspace')).toBe('/de/articles/arbeitsbereich-einrichten/');
    expect(de.section('x', 2)).toBe('/de/sections/x/page/2/');
    expect(makeUrls({ prefix: '/fr' }).category('x')).toBe('/fr/categories/x/');
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the base URL with or without a trailing slash', () => {
    expect(absoluteUrl('/articles/x/', 'https://help.larkspur.example')).toBe('https://help.larkspur.example/articles/x/');
    expect(absoluteUrl('/articles/x/', 'https://help.larkspur.example/')).toBe('https://help.larkspur.example/articles/x/');
    expect(absoluteUrl('/', 'https://help.larkspur.example')).toBe('https://help.larkspur.example/');
  });
});

describe('isExternal', () => {
  it('is true for links with a scheme and host, or protocol-relative ones', () => {
    expect(isExternal('https://larkspur.example/')).toBe(true);
    expect(isExternal('HTTP://larkspur.example/')).toBe(true);
    expect(isExternal('//cdn.larkspur.example/x.js')).toBe(true);
  });

  it('is false for site paths and fragments', () => {
    expect(isExternal('/articles/x/')).toBe(false);
    expect(isExternal('#steps')).toBe(false);
    expect(isExternal('articles/x/')).toBe(false);
  });
});

describe('editUrlFor', () => {
  const pattern = 'https://github.com/larkspur-example/help-center/edit/main/{path}';

  it('fills {path} with the file path', () => {
    expect(editUrlFor(pattern, 'content/articles/x.mdx')).toBe(
      'https://github.com/larkspur-example/help-center/edit/main/content/articles/x.mdx',
    );
  });

  it('turns Windows backslashes into slashes', () => {
    expect(editUrlFor(pattern, 'content\\articles\\x.mdx')).toMatch(/\/content\/articles\/x\.mdx$/);
  });

  it('is undefined without a pattern', () => {
    expect(editUrlFor(undefined, 'content/articles/x.mdx')).toBeUndefined();
  });
});
