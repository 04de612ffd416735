import type { Blockquote } from 'mdast';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { CALLOUT_ICONS, CALLOUT_TYPES, calloutView, readAlert } from '../../src/lib/content-components/callout';
import { parseBody } from '../../src/lib/checks/mdx-syntax';

const quote = (markdown: string) => parseBody(markdown).children[0] as Blockquote;

describe('calloutView', () => {
  it('names the type, or shows a title with the type still said to screen readers', () => {
    const en = translatorFor('en');
    expect(calloutView('warning', undefined, en)).toMatchObject({ type: 'warning', heading: 'Warning', typePrefix: undefined });
    expect(calloutView('tip', 'Faster', en)).toMatchObject({ heading: 'Faster', typePrefix: 'Tip: ' });
    expect(calloutView(undefined, undefined, en)).toMatchObject({ type: 'note', heading: 'Note' });
    expect(calloutView('warning', 'Vorher', translatorFor('de'))).toMatchObject({ heading: 'Vorher', typePrefix: 'Warnung: ' });
    expect(calloutView('tip', undefined, translatorFor('ar')).heading).toBe('نصيحة');
  });

  it('gives each type an icon of its own, drawn without script or style', () => {
    expect(new Set(CALLOUT_TYPES.map((t) => CALLOUT_ICONS[t])).size).toBe(CALLOUT_TYPES.length);
    for (const icon of Object.values(CALLOUT_ICONS)) expect(icon).not.toMatch(/script|style|on\w+=|href/i);
  });
});

describe('readAlert (GitHub\'s > [!TYPE] syntax)', () => {
  it('reads the type in any letter case and keeps the rest of the quote', () => {
    const alert = readAlert(quote('> [!Warning]\n> Deleting a client deletes its *projects*.\n>\n> Second paragraph.'));
    expect(alert).toMatchObject({ kind: 'alert', type: 'warning' });
    const children = alert?.kind === 'alert' ? alert.children : [];
    expect(children).toHaveLength(2);
    expect(children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Deleting a client deletes its ' }, { type: 'emphasis' }, { type: 'text', value: '.' }] });
  });

  it('drops an empty first paragraph when the marker stands alone', () => {
    const alert = readAlert(quote('> [!NOTE]\n>\n> Text.'));
    expect(alert?.kind === 'alert' && alert.children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('names a marker that is not a type, and text after the marker, which GitHub would not read either', () => {
    expect(readAlert(quote('> [!DANGER]\n> Text.'))).toEqual({ kind: 'unknown-type', word: 'DANGER' });
    expect(readAlert(quote('> [!WARNING] Careful\n> Text.'))).toEqual({ kind: 'text-after-marker', type: 'warning' });
  });

  it('leaves ordinary quotes alone', () => {
    expect(readAlert(quote('> Just a quote [!NOTE]'))).toBeUndefined();
    expect(readAlert(quote('> **[!NOTE]** bold'))).toBeUndefined();
  });
});
