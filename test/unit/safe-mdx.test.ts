import { describe, expect, it } from 'vitest';
import { checkMdxContent, type Trust } from '../../src/lib/checks/safe-mdx';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { CONTENT_COMPONENTS } from '../../src/schemas/content-components';

const FILE = 'content/articles/x.mdx';

/** The problems safe mode (or full mode) finds in a body, as `line:column code: message → hint`. */
function check(body: string, trust: Trust = 'safe', lineOffset = 0) {
  return checkMdxContent(parseBody(body), {
    file: FILE, lineOffset, trust, components: CONTENT_COMPONENTS, componentContext: { channelsWithHours: ['chat', 'requests'], contentRoot: 'content', snippets: [], images: [], publicFiles: [] },
  });
}
const one = (body: string, trust: Trust = 'safe') => {
  const errors = check(body, trust);
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  return errors[0]!;
};

describe('safe mode lets through', () => {
  it('Markdown, GFM, comments and the allowed HTML', () => {
    const body = [
      '# Title', '', 'Some *text* with `code`, a [link](/articles/x/) and ![an image](/images/a.png).', '',
      '| a | b |', '| - | - |', '| 1 | 2 |', '', '- [ ] a task', '', 'Press <kbd>Ctrl</kbd> + <kbd>K</kbd>.', '',
      '{/* a note to other writers */}', '', 'Text {/* inline comment */} goes on.', '',
      '<details open>', '<summary>More</summary>', '', 'Hidden text.', '', '</details>', '',
      '<a href="https://example.com" title="Example">out</a> <img src="/images/a.png" alt="A" width="20" height="20" />', '',
      '<SupportHours channel="chat" />', '', '<SupportHours channel="requests" label="Requests" />', '',
      'Mail [us](mailto:help@example.com) or call [us](tel:+15550100); www.example.com is linked too.',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
});

describe('safe mode refuses, at the line and column', () => {
  it('an import, before anything of the file is compiled', () => {
    const e = one("Text\n\nimport { readFileSync } from 'node:fs'\n");
    expect(e).toMatchObject({ code: 'unsafe-import', file: FILE, line: 3, column: 1 });
    expect(e.message).toMatch(/import .* runs code when the site is built/);
    expect(e.hint).toMatch(/SupportHours/);
  });

  it('an export', () => {
    expect(one('export const secret = process.env.TOKEN\n')).toMatchObject({ code: 'unsafe-export', line: 1 });
  });

  it('an expression, inline or on its own line, reading the build machine', () => {
    const inline = one('Home is {process.env.HOME} here.');
    expect(inline).toMatchObject({ code: 'unsafe-expression', line: 1, column: 9 });
    expect(inline.message).toBe('the expression {process.env.HOME} is refused: it would run as JavaScript when the site is built');
    expect(inline.hint).toMatch(/\\\{/);
    expect(one("Intro\n\n{readFileSync('/etc/hostname', 'utf8')}\n")).toMatchObject({ code: 'unsafe-expression', line: 3, column: 1 });
  });

  it('an expression hidden after a comment', () => {
    expect(one('{/* a */ process.env.HOME /* b */}')).toMatchObject({ code: 'unsafe-expression' });
  });

  it('<script>, <style>, <iframe>, <object>, <embed> and <form>, in any letter case', () => {
    expect(one('<script>alert(1)</script>')).toMatchObject({ code: 'unsafe-element', line: 1, column: 1 });
    expect(one('<SCRIPT>alert(1)</SCRIPT>').message).toMatch(/`<SCRIPT>` is refused: a script would run/);
    expect(one('<Iframe src="https://example.com" />').code).toBe('unsafe-element');
    expect(one('<DIV>x</DIV>').hint).toBe('write the HTML element in lower case: <div>');
    expect(one('<style>{`body{display:none}`}</style>').code).toBe('unsafe-element');
    expect(one('<iframe src="javascript:alert(1)" />').hint).toMatch(/link to the page instead/);
    expect(one('<object data="x.swf" />').code).toBe('unsafe-element');
    expect(one('<embed src="x.swf" />').code).toBe('unsafe-element');
    expect(one('<form action="https://evil.example"><input name="card" /></form>').hint).toMatch(/\/request\//);
  });

  it('event handler attributes, whatever their case', () => {
    const e = one('<img src="x" onerror="alert(1)" />');
    expect(e).toMatchObject({ code: 'unsafe-attribute', line: 1, column: 14 });
    expect(e.message).toMatch(/`onerror` on `<img>` is refused: event handlers run script/);
    expect(one('<a href="/x/" OnClick="alert(1)">x</a>').code).toBe('unsafe-attribute');
  });

  it('spread attributes and attribute values that are JavaScript', () => {
    expect(one('<img src="/a.png" alt="" {...props} />').message).toMatch(/spread attribute/);
    expect(one('<a href={"java" + "script:alert(1)"}>x</a>').message).toMatch(/its value is JavaScript/);
    expect(one('<SupportHours channel={"chat"} />').code).toBe('unsafe-attribute');
  });

  it.each([
    ['[click](javascript:alert(1))', 'javascript'],
    ['[click](JaVaScRiPt:alert(1))', 'javascript'],
    ['[click](java&#x09;script:alert(1))', 'javascript'],
    ['[data](data:text/html,hi)', 'data'],
    ['![pixel](data:image/png;base64,AAAA)', 'data'],
    ['[ref][x]\n\n[x]: javascript:alert(1)', 'javascript'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript'],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'javascript'],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', 'javascript'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="" />', 'data'],
    ['<a href="vbscript:x">x</a>', 'vbscript'],
  ])('the address in %s', (body, scheme) => {
    const e = one(body);
    expect(e.code).toBe('unsafe-url');
    expect(e.message).toContain(`${scheme}: addresses are not allowed`);
  });

  it('elements outside the allow-list, and attributes an element may not carry', () => {
    expect(one('<marquee>hi</marquee>').code).toBe('unknown-element');
    expect(one('<svg><circle r="1" /></svg>').code).toBe('unsafe-element');
    expect(one('<div style="position:fixed;inset:0">x</div>').hint).toMatch(/inline styles are not allowed/);
    expect(one('<div id="contact-config">x</div>').hint).toMatch(/anchor/);
    expect(one('<p class="button">x</p>').code).toBe('unknown-attribute');
    expect(one('<a href="/x/" target="_blank">x</a>').code).toBe('unknown-attribute');
  });

  it('a component that is not ours, suggesting the closest', () => {
    const e = one('<SupportHour channel="chat" />');
    expect(e).toMatchObject({ code: 'unknown-component', line: 1, column: 1 });
    expect(e.hint).toMatch(/use SupportHours/);
    expect(one('<Foo.Bar />').code).toBe('unknown-element');
  });

  it('a component prop that is missing, unknown or invalid, at the prop', () => {
    expect(one('<SupportHours />')).toMatchObject({ code: 'invalid-component-prop', message: '`<SupportHours>` needs the prop `channel`' });
    const unknown = one('<SupportHours channel="chat" colour="red" />');
    expect(unknown).toMatchObject({ code: 'invalid-component-prop', column: 30, message: '`<SupportHours>` has no prop `colour`' });
    const invalid = one('<SupportHours channel="screenShare" />');
    expect(invalid.message).toBe('`<SupportHours channel="screenShare">` is not valid');
    expect(invalid.hint).toMatch(/chat, requests/);
  });

  it('reports every problem of a file, each at its own place, counting lines from the file', () => {
    const errors = check('a {x}\n\n<script>1</script>\n\n[c](javascript:x)', 'safe', 7);
    expect(errors.map((e) => [e.code, e.line])).toEqual([['unsafe-expression', 8], ['unsafe-element', 10], ['unsafe-url', 12]]);
  });
});

describe('full mode', () => {
  it('allows imports, expressions and any HTML', () => {
    expect(check("import { x } from './x.js'\n\n{x} <script>1</script> <img src=\"a\" onerror=\"b\" />\n\n{Math.max(1, 2)} {props.a}", 'full')).toEqual([]);
  });

  it('still names a component that is neither ours nor imported, and a name defined nowhere', () => {
    const errors = check("import { Chart } from './chart.js'\n\n<Chart />\n\n<Graph />\n\n{totl + 1}", 'full');
    expect(errors.map((e) => [e.code, e.line])).toEqual([['unknown-component', 5], ['undefined-name', 7]]);
    expect(errors[1]!.message).toBe('`totl` is not defined in this file');
  });

  it('checks the props of our own components', () => {
    expect(check('<SupportHours channel="nope" />', 'full').map((e) => e.code)).toEqual(['invalid-component-prop']);
  });
});
