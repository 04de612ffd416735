import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdxContent, type Trust } from '../../src/lib/checks/safe-mdx';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { CONTENT_COMPONENTS, type ComponentContext } from '../../src/schemas/content-components';

/** The components writers may use, checked the way the content check and the pipeline check them. */
const CONTEXT: ComponentContext = {
  channelsWithHours: ['chat'],
  contentRoot: 'content',
  snippets: ['billing-admins-only', 'desktop-shortcut'],
  images: ['invoicing/invoice-flow.png', 'writing/poster.png'],
  publicFiles: ['/downloads/client-import-template.csv', '/videos/a.webm', '/videos/a.en.vtt'],
};

function problems(body: string, trust: Trust = 'safe') {
  return checkMdxContent(parseBody(body), { file: 'content/articles/x.mdx', lineOffset: 0, trust, components: CONTENT_COMPONENTS, componentContext: CONTEXT })
    .map((e) => `${e.line}:${e.column} ${e.code}: ${e.message} → ${e.hint}`);
}

const VALID = [
  '<Callout type="warning" title="Careful">\nText with a [link](/articles/a/).\n</Callout>',
  '<Callout>\nA note.\n</Callout>',
  '<Steps>\n\n1. One\n2. Two\n\n</Steps>',
  '<Tabs syncKey="os" label="System">\n<TabItem label="macOS">\nA\n</TabItem>\n<TabItem label="Windows">\nB\n</TabItem>\n</Tabs>',
  '<Figure src="invoicing/invoice-flow.png" alt="The flow" caption="How it goes" zoom width="400" />',
  '<Figure src="invoicing/invoice-flow.png" decorative />',
  'Press <Kbd>Esc</Kbd> or <Kbd keys="Ctrl+K" />, see <Badge text="Beta" variant="info" />.',
  '<CardGrid>\n  <Card title="A" href="/articles/a/">One.</Card>\n  <Card title="B" href="https://larkspur.example/">Two.</Card>\n</CardGrid>',
  '<Video youtube="Lrkspr-tmr1" title="T" poster="writing/poster.png" captions="en" start="30" />',
  '<Video vimeo="76979871" title="T" />',
  '<Video src="/videos/a.webm" track="/videos/a.en.vtt" title="T" />',
  '<Download file="/downloads/client-import-template.csv" title="Template" />',
  '<Snippet id="desktop-shortcut" />',
];

describe('the components writers may use', () => {
  it.each(VALID)('accepts %s', (body) => {
    expect(problems(body)).toEqual([]);
  });

  it('is the list of components src/components/content/index.ts gives every page, with SupportHours and our CodeBlock', () => {
    const index = fs.readFileSync('src/components/content/index.ts', 'utf8');
    const given = /export const contentComponents = \{([^}]*)\}/.exec(index)![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    expect(given.filter((name) => name !== 'CodeBlock').sort()).toEqual(Object.keys(CONTENT_COMPONENTS).sort());
  });

  it('documents every prop with its default', () => {
    const source = fs.readFileSync('src/schemas/content-components.ts', 'utf8');
    const fields = [...source.matchAll(/\n( +)\/\*\* (.*) \*\/\n\1(\w+): (?:z\.|[A-Z]\w*\()/g)];
    expect(fields.length).toBeGreaterThan(25);
    for (const [, , comment, field] of fields) expect(comment, field).toMatch(/(Default: .+|[Rr]equired[^.]*)\.$/);
  });
});

describe('props are refused at their line and column, with how to fix them', () => {
  it('a callout of no type', () => {
    expect(problems('Intro.\n\n<Callout type="danger">\nx\n</Callout>')).toEqual([
      '3:10 invalid-component-prop: `<Callout type="danger">` is not valid → use one of note, tip, important, warning, caution',
    ]);
  });

  it('a figure whose image does not exist, one without alt, and alt on a decorative one', () => {
    expect(problems('<Figure src="invoicing/invoice-flw.png" alt="x" />')).toEqual([
      '1:9 invalid-component-prop: `<Figure src="invoicing/invoice-flw.png">` is not valid → content/images/invoicing/invoice-flw.png does not exist: did you mean "invoicing/invoice-flow.png"? put the image in content/images/ and give its path there, e.g. "invoices/new-invoice.png"',
    ]);
    expect(problems('<Figure src="/images/timer-bar.svg" alt="x" />')[0]).toMatch(/without a leading "\/" .*images under public\/ are shown with !\[description\]\(\/images\/timer-bar\.svg\) instead/);
    expect(problems('<Figure src="invoicing/invoice-flow.png" />')).toEqual([
      '1:1 invalid-component-prop: `<Figure>` needs the prop `alt` → describe what the image shows in alt="…"; for an image that adds nothing to the text, write decorative instead',
    ]);
    expect(problems('<Figure src="invoicing/invoice-flow.png" alt="x" decorative />')[0]).toMatch(/1:42 .*`<Figure alt="x">` is not valid → a decorative image has no description/);
    expect(problems('<Figure src="invoicing/invoice-flow.png" alt="x" zoom="yes" />')[0]).toMatch(/`<Figure zoom="yes">` is not valid → write the word alone: zoom/);
    expect(problems('<Figure src="invoicing/invoice-flow.png" alt="x" width="wide" />')[0]).toMatch(/write width as a whole number in quotes/);
  });

  it('a download of a file that is not under public/', () => {
    expect(problems('<Download file="/downloads/client-import.csv" />')).toEqual([
      '1:11 invalid-component-prop: `<Download file="/downloads/client-import.csv">` is not valid → public/downloads/client-import.csv does not exist: did you mean "/downloads/client-import-template.csv"? put the file under public/ (e.g. public/downloads/client-import-template.csv) and give its path on the site, /downloads/client-import-template.csv',
    ]);
    expect(problems('<Download file="downloads/x.csv" />')[0]).toMatch(/give a path on this site starting with a single "\/"/);
  });

  it('videos: no source, two sources, a bad id, a file without captions, captions on a platform', () => {
    expect(problems('<Video title="T" />')).toEqual(['1:1 invalid-component-prop: `<Video>` is not valid → name the video with youtube="…", vimeo="…" or src="/videos/….webm"']);
    expect(problems('<Video youtube="Lrkspr-tmr1" vimeo="76979871" title="T" />')[0]).toMatch(/1:30 .*`<Video vimeo="76979871">` is not valid → give one video only: youtube and vimeo both name one/);
    expect(problems('<Video youtube="https://youtu.be/Lrkspr-tmr1" title="T" />')[0]).toMatch(/give the 11 characters after "v="/);
    expect(problems('<Video src="/videos/a.webm" title="T" />')).toEqual(['1:1 invalid-component-prop: `<Video>` needs the prop `track` → a video file needs captions: write them as a WebVTT file under public/ and give it as track="/videos/….vtt"']);
    expect(problems('<Video youtube="Lrkspr-tmr1" track="/videos/a.en.vtt" title="T" />')[0]).toMatch(/track is for video files/);
    expect(problems('<Video youtube="Lrkspr-tmr1" />')[0]).toMatch(/needs the prop `title`/);
    expect(problems('<Video youtube="Lrkspr-tmr1" title="T" poster="nope.png" />')[0]).toMatch(/content\/images\/nope\.png does not exist/);
  });

  it('a card leading to a script, or to plain http', () => {
    expect(problems('<Card title="A" href="javascript:alert(1)">x</Card>')[0]).toMatch(/`<Card href="javascript:alert\(1\)">` is not valid → javascript: addresses are not allowed here/);
    expect(problems('<Card title="A" href="http://x.example">x</Card>')[0]).toMatch(/http: addresses are not allowed here; use https:\/\//);
  });

  it('keys with a missing name, and a badge too long', () => {
    expect(problems('Press <Kbd keys="Ctrl+" />.')[0]).toMatch(/name every key/);
    expect(problems('A <Badge text="This label is far too long for a badge" />.')[0]).toMatch(/`<Badge text=.*` is not valid/);
  });
});

describe('what a component holds and where it stands', () => {
  it('<Steps> holds one numbered list', () => {
    expect(problems('<Steps>\n\n- a\n- b\n\n</Steps>')).toEqual([
      '3:1 component-content: `<Steps>` must hold one numbered list and nothing else, but it holds a bulleted list → write each step as "1. …", "2. …" between <Steps> and </Steps> (a step can hold more paragraphs, indented under it); put any introduction before <Steps>',
    ]);
    expect(problems('<Steps>\n\nFirst:\n\n1. a\n\n</Steps>')[0]).toMatch(/^3:1 .*but it holds a paragraph/);
    expect(problems('<Steps>\n</Steps>')[0]).toMatch(/`<Steps>` is empty/);
    expect(problems('<Steps>\n\n{/* a note */}\n\n1. a\n\n</Steps>')).toEqual([]);
  });

  it('<Tabs> holds two or more <TabItem>s with labels of their own; a <TabItem> stands in <Tabs>', () => {
    expect(problems('<Tabs>\n<TabItem label="A">\na\n</TabItem>\n</Tabs>')[0]).toMatch(/1:1 .*`<Tabs>` has only one `<TabItem>`/);
    expect(problems('<Tabs>\n<TabItem label="A">\na\n</TabItem>\n<TabItem label="A">\nb\n</TabItem>\n</Tabs>')[0]).toMatch(/5:1 .*two tabs of this `<Tabs>` are labelled "A"/);
    expect(problems('<Tabs>\nStray text.\n<TabItem label="A">\na\n</TabItem>\n<TabItem label="B">\nb\n</TabItem>\n</Tabs>')[0]).toMatch(/2:1 .*`<Tabs>` holds a paragraph, but only `<TabItem>`s may stand directly inside it/);
    expect(problems('<TabItem label="A">\na\n</TabItem>')[0]).toMatch(/`<TabItem>` can only stand directly inside `<Tabs>`/);
    expect(problems('<Tabs syncKey="Operating System">\n<TabItem label="A">\na\n</TabItem>\n<TabItem label="B">\nb\n</TabItem>\n</Tabs>')[0]).toMatch(/`<Tabs syncKey="Operating System">` is not valid → use lower-case letters/);
  });

  it('<CardGrid> holds only cards, and <Kbd> a key either way but not both', () => {
    expect(problems('<CardGrid>\n\nSome text.\n\n</CardGrid>')[0]).toMatch(/`<CardGrid>` holds a paragraph, but only `<Card>`s may stand in it/);
    expect(problems('Press <Kbd keys="Ctrl+K">Ctrl</Kbd>.')[0]).toMatch(/`<Kbd>` has both keys="…" and text between its tags/);
    expect(problems('Press <Kbd></Kbd>.')[0]).toMatch(/`<Kbd>` names no key/);
  });

  it('a component that renders blocks stands on a line of its own, unless it stands only beside others like it', () => {
    expect(problems('See <Snippet id="desktop-shortcut" /> here.')).toEqual([
      '1:5 component-placement: `<Snippet>` must stand on a line of its own: it cannot be part of a sentence or a paragraph → put a blank line before and after <Snippet …>',
    ]);
    expect(problems('<Snippet id="desktop-shortcut" />\n<Snippet id="billing-admins-only" />')).toEqual([]);
  });

  it('refuses the CodeBlock frame, which only the pipeline gives', () => {
    expect(problems('<CodeBlock title="x">\ny\n</CodeBlock>')[0]).toMatch(/`<CodeBlock>` is not one of the help center's components/);
  });

  it('checks our components\' props in full mode too', () => {
    expect(problems('<Figure src="missing.png" alt="x" />', 'full')[0]).toMatch(/content\/images\/missing\.png does not exist/);
  });
});
