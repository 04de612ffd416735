import { describe, expect, it } from 'vitest';
import { EMOJI_ICONS, iconProblem, iconSvg, isIconName, resolveIcon, UI_ICONS } from '../../src/lib/site/icons';
import { CategorySchema } from '../../src/schemas/category';

describe('the icon set', () => {
  it('has every icon our components draw and every icon an emoji maps to', () => {
    expect(Object.values(UI_ICONS).filter((name) => !isIconName(name))).toEqual([]);
    expect(Object.entries(EMOJI_ICONS).filter(([, name]) => !isIconName(name))).toEqual([]);
  });

  it('draws an icon as decorative SVG in the text colour, or as an image with a name when labelled', () => {
    const svg = iconSvg('receipt', { size: 24 });
    expect(svg).toMatch(/^<svg class="icon" [^>]*width="24" height="24" viewBox="0 0 24 24"[^>]*stroke="currentColor"[^>]*aria-hidden="true"/);
    expect(svg).toContain('<path d="M12 17V7"/>');
    expect(svg).not.toContain('style=');
    expect(iconSvg('search', { label: 'Search "all"' })).toContain('role="img" aria-label="Search &quot;all&quot;"');
    expect(() => iconSvg('no-such-icon')).toThrow(/lucide\.dev/);
  });
});

describe('a writer\'s icon', () => {
  it('is an icon by name, the matching icon for a common emoji, and the emoji itself otherwise', () => {
    expect(resolveIcon('receipt')).toEqual({ kind: 'icon', name: 'receipt' });
    expect(resolveIcon('⏱️')).toEqual({ kind: 'icon', name: 'timer' });
    expect(resolveIcon('⏱')).toEqual({ kind: 'icon', name: 'timer' });
    expect(resolveIcon('🦄')).toEqual({ kind: 'text', text: '🦄' });
    expect(resolveIcon(undefined)).toBeUndefined();
  });

  it('is refused when the name is not in the set, with the names it probably meant', () => {
    expect(iconProblem('receipt')).toBeUndefined();
    expect(iconProblem('🧾')).toBeUndefined();
    expect(iconProblem('reciept')).toMatch(/^"reciept" is no icon of the set; use a name from https:\/\/lucide\.dev\/icons\/, e\.g\. .*receipt/);
    expect(iconProblem('Billing stuff')).toMatch(/single emoji/);
  });

  it('is checked by the schemas of categories, sections and topics', () => {
    const base = { title: 'Billing', description: 'Money.' };
    expect(CategorySchema().parse({ ...base, icon: 'credit-card' }).icon).toBe('credit-card');
    const result = CategorySchema().safeParse({ ...base, icon: 'credit-crad' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/credit-card/);
  });
});
