import { describe, expect, it } from 'vitest';
import { COLLECTION_TABLE } from '../../src/lib/content/collections';
import { checkFileSlug, sortContentFiles, suggestSlug } from '../../src/lib/content/content-files';

const errorsFor = (...files: string[]) => sortContentFiles(files).errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message} → ${e.hint}`);

describe('sortContentFiles', () => {
  it('hands every collection its files', () => {
    const { byCollection, errors } = sortContentFiles([
      'settings.yaml', 'articles/billing/refunds.mdx', 'categories/billing.yaml', 'sections/refunds.yml', 'faq/plans.mdx',
      'community/topics/ideas.yaml', 'community/questions/ideas/dark-mode.mdx', 'community/answers/dark-mode/ines.mdx',
      'README.md', 'articles/README.md', 'articles/empty/.gitkeep',
    ]);
    expect(errors).toEqual([]);
    expect(byCollection.get(COLLECTION_TABLE.articles)).toEqual(['articles/billing/refunds.mdx']);
    expect(byCollection.get(COLLECTION_TABLE.sections)).toEqual(['sections/refunds.yml']);
    expect(byCollection.get(COLLECTION_TABLE.questions)).toEqual(['community/questions/ideas/dark-mode.mdx']);
    expect(byCollection.get(COLLECTION_TABLE.answers)).toEqual(['community/answers/dark-mode/ines.mdx']);
  });

  it('names a Markdown file that would be skipped, with the new name', () => {
    expect(errorsFor('articles/billing/notes.md')).toEqual([
      'content/articles/billing/notes.md:1:1 markdown-extension: this file is not published: articles are .mdx files (Markdown with components), not .md → rename it to notes.mdx; its Markdown stays as it is',
    ]);
  });

  it('names an extension in capitals', () => {
    expect(errorsFor('articles/Caps.MDX', 'categories/x.YAML')).toEqual([
      'content/articles/Caps.MDX:1:1 extension-case: this file is not published: its extension ".MDX" must be written in lower case → rename it to Caps.mdx',
      'content/categories/x.YAML:1:1 extension-case: this file is not published: its extension ".YAML" must be written in lower case → rename it to x.yaml',
    ]);
  });

  it('names a file inside a folder whose name starts with a dot, and a hidden file', () => {
    const [folder, file] = errorsFor('articles/.hidden/x.mdx', 'faq/.draft.mdx');
    expect(folder).toContain('content/articles/.hidden/x.mdx:1:1 hidden-file: this file is not published: it is inside the folder ".hidden"');
    expect(folder).toContain('content/articles/hidden/x.mdx');
    expect(file).toContain('its name starts with "."');
  });

  it('names a file in no content folder, and a file of the wrong kind', () => {
    expect(errorsFor('misc/x.mdx')[0]).toMatch(/stray-file: this file is not published: it is in no content folder → move it into one of content\/categories\//);
    expect(errorsFor('notes.txt')[0]).toMatch(/stray-file/);
    expect(errorsFor('articles/diagram.png')[0]).toMatch(/wrong-extension: .*content\/articles\/ holds \.mdx files.*images for figures go in content\/images\//);
    expect(errorsFor('categories/billing.json')[0]).toMatch(/holds \.yaml files \(or \.yml\)/);
  });
});

describe('checkFileSlug', () => {
  it('refuses a file name that is not a lower-case ASCII slug, suggesting one', () => {
    const error = checkFileSlug(COLLECTION_TABLE.articles, 'content/articles/company/Über uns.mdx', 'company/Über uns.mdx', {});
    expect(error).toMatchObject({ code: 'file-name-not-slug', line: 1, column: 1 });
    expect(error?.hint).toBe('rename it: content/articles/company/uber-uns.mdx (or keep the file name and set `slug:` in the frontmatter)');
  });

  it('lets an article keep any file name when `slug:` chooses its URL', () => {
    expect(checkFileSlug(COLLECTION_TABLE.articles, 'content/articles/Über uns.mdx', 'Über uns.mdx', { slug: 'about-us' })).toBeUndefined();
  });

  it('checks both parts of an answer id, and only the file name elsewhere', () => {
    expect(checkFileSlug(COLLECTION_TABLE.answers, 'x', 'Dark Mode/ines.mdx', {})?.hint).toBe('rename it: content/community/answers/dark-mode/ines.mdx');
    expect(checkFileSlug(COLLECTION_TABLE.questions, 'x', 'Any Folder/dark-mode.mdx', {})).toBeUndefined();
    expect(checkFileSlug(COLLECTION_TABLE.categories, 'x', 'Billing.yaml', {})?.hint).toBe('rename it: content/categories/billing.yaml');
  });
});

describe('suggestSlug', () => {
  it('folds accents and punctuation into a slug', () => {
    expect(suggestSlug('Über uns')).toBe('uber-uns');
    expect(suggestSlug('Straße & Co.')).toBe('strasse-co');
    expect(suggestSlug('___')).toBe('page');
  });
});

describe('content/images/', () => {
  it('holds raster images, named like every other file, listed for figures', () => {
    const { images, errors } = sortContentFiles(['images/invoicing/invoice-flow.png', 'images/poster.jpg', 'images/README.md']);
    expect(errors).toEqual([]);
    expect(images).toEqual(['invoicing/invoice-flow.png', 'poster.jpg']);
  });

  it('refuses SVG, other files and names that are not slugs, with a fix', () => {
    expect(errorsFor('images/diagram.svg', 'images/notes.txt', 'images/Screenshot 2026-11-30.PNG')).toEqual([
      'content/images/Screenshot 2026-11-30.PNG:1:1 file-name-not-slug: the image\'s name "Screenshot 2026-11-30" must be lower-case letters, digits and single hyphens, so that figures name it the same way on every computer → rename it: content/images/screenshot-2026-11-30.png',
      'content/images/diagram.svg:1:1 svg-image: this image is not published: SVG files can carry scripts, which would run on this site when the image is opened on its own → export it as a PNG (same name, .png) into content/images/; a developer can place a reviewed SVG under public/images/',
      'content/images/notes.txt:1:1 not-an-image: this file is not published: the images folder holds .png, .jpg, .jpeg, .webp, .avif, .gif files only → save it as a PNG or JPEG image in content/images/, or move it out (files to download go under public/downloads/)',
    ]);
  });
});
