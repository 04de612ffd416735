import { describe, expect, it } from 'vitest';
import { candidateFiles, internalLinksOf, internalTargets, isMalformed, isNoindex, isReachable, positionOfTarget } from '../../src/lib/checks/built-links';

describe('internalTargets', () => {
  const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/app.css">
<script type="module" src="/_astro/page.js"></script>
</head><body>
<a href="/articles/create-an-invoice/">Create</a>
<a class="x" href='/sections/invoices/page/2/?sort=new&amp;q=vat'>More</a>
<img src="/images/invoices.svg" alt="">
<a href="https://example.com/">External</a>
<a href="//cdn.example.com/lib.js">Protocol-relative</a>
<a href="mailto:support@larkspur.example">Mail</a>
<a href="#steps">Fragment</a>
<a href="data:text/plain,hi">Data</a>
<a data-href="/not-a-link/">Not a link attribute</a>
<a HREF="/articles/create-an-invoice/">Duplicate</a>
</body></html>`;

  it('lists each root-relative href/src once, in order, with &amp; decoded', () => {
    expect(internalTargets(html)).toEqual([
      '/_astro/app.css',
      '/_astro/page.js',
      '/articles/create-an-invoice/',
      '/sections/invoices/page/2/?sort=new&q=vat',
      '/images/invoices.svg',
    ]);
  });

  it('finds nothing in a page without internal links', () => {
    expect(internalTargets('<p>No links <a href="https://x.example/">here</a></p>')).toEqual([]);
  });
});

describe('candidateFiles', () => {
  it('maps a directory URL to its index.html, ignoring query and fragment', () => {
    expect(candidateFiles('/articles/x/')).toEqual(['/articles/x/index.html']);
    expect(candidateFiles('/articles/x/#step-2')).toEqual(['/articles/x/index.html']);
    expect(candidateFiles('/sections/y/?page=2')).toEqual(['/sections/y/index.html']);
  });

  it('tries the file itself, a directory and .html for a URL without trailing slash', () => {
    expect(candidateFiles('/robots.txt')).toEqual(['/robots.txt', '/robots.txt/index.html', '/robots.txt.html']);
  });

  it('decodes percent-encoded characters', () => {
    expect(candidateFiles('/images/my%20logo.svg')[0]).toBe('/images/my logo.svg');
  });
});

describe('isReachable', () => {
  const built = new Set(['/index.html', '/articles/x/index.html', '/robots.txt', '/404.html']);

  it('is true when one of the candidate files was built', () => {
    expect(isReachable('/', built)).toBe(true);
    expect(isReachable('/articles/x/#intro', built)).toBe(true);
    expect(isReachable('/robots.txt', built)).toBe(true);
    expect(isReachable('/404', built)).toBe(true);
  });

  it('is false for a page that was not built', () => {
    expect(isReachable('/articles/y/', built)).toBe(false);
    expect(isReachable('/articles/x', new Set(['/articles/x/index.htm']))).toBe(false);
  });
});

describe('positionOfTarget', () => {
  const source = '---\ntitle: X\n---\n\nSee [invoices](/articles/invoices/).\nAnd [refunds](/articles/refunds/).\n';

  it('gives the 1-based line and column of the first occurrence', () => {
    expect(positionOfTarget(source, '/articles/invoices/')).toEqual({ line: 5, column: 16 });
    expect(positionOfTarget(source, '/articles/refunds/')).toEqual({ line: 6, column: 15 });
  });

  it('is undefined when the target is not written in the file', () => {
    expect(positionOfTarget(source, '/articles/nowhere/')).toBeUndefined();
  });
});

describe('a malformed link', () => {
  it('is unreachable rather than an exception', () => {
    expect(isMalformed('/articles/%zz/')).toBe(true);
    expect(isMalformed('/articles/%C3%BC/')).toBe(false);
    expect(candidateFiles('/articles/%zz/')).toEqual([]);
    expect(isReachable('/articles/%zz/', new Set(['/articles/%zz/index.html']))).toBe(false);
  });
});

describe('isNoindex', () => {
  it('recognises a robots meta asking not to index, alone or with other values', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
  });

  it('ignores pages without it, and the word elsewhere in the page', () => {
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<p>Pages marked noindex are hidden.</p>')).toBe(false);
  });
});

describe('addresses read as a browser reads them', () => {
  it('leaves out a scheme disguised by tabs, newlines or outer spaces, and keeps one a browser takes as a path', () => {
    const html = '<a href=" java&#10;script:run()">a</a><a href="java\tscript:run()">b</a><a href="java%09script:run()">c</a><img src=" /logo.svg ">';
    expect(internalLinksOf(html, '/articles/x/').map((l) => l.resolved)).toEqual(['/articles/x/java%09script:run()', '/logo.svg']);
  });
});
