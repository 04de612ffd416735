import { describe, expect, it } from 'vitest';
import { CommunitySettingsSchema } from '../../src/schemas/settings/community';
import { parseSettings } from '../../src/lib/content/settings';

const base = ['siteName: Help', 'baseUrl: https://help.example', 'supportEmail: help@example.com'];

describe('the community settings', () => {
  it('default to 20 questions a page, 8 recent, 5 related, 12 popular tags, 280 characters quoted, and no new-file URL of their own', () => {
    expect(CommunitySettingsSchema().parse({})).toEqual({ pageSize: 20, recentCount: 8, relatedCount: 5, popularTags: 12 });
    expect(parseSettings(base.join('\n'), 'content/settings.yaml').settings?.community).toEqual({ pageSize: 20, recentCount: 8, relatedCount: 5, popularTags: 12 });
  });

  it('accept a new-file URL pattern and page size from settings.yaml', () => {
    const text = [...base, 'community:', '  newFileUrl: "https://git.example/new?f={path}&c={content}"', '  pageSize: 5'].join('\n');
    expect(parseSettings(text, 'content/settings.yaml').settings?.community).toMatchObject({ newFileUrl: 'https://git.example/new?f={path}&c={content}', pageSize: 5 });
  });

  it('refuse a new-file URL without {content}, at its line', () => {
    const text = [...base, 'community:', '  newFileUrl: "https://git.example/new?f={path}"'].join('\n');
    const { errors } = parseSettings(text, 'content/settings.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 5 });
    expect(errors[0]?.message).toContain('{content}');
  });
});
