import type { AstroIntegration } from 'astro';
import { IMAGES_DIR } from '../lib/content/content-files';
import { FIGURE_IMAGE_EXTENSIONS } from '../lib/content-components/figure';
import { projectRelative } from '../lib/content/paths';

/** The module id src/data/content-images.ts imports the images of content/images/ from. */
export const CONTENT_IMAGES_MODULE = 'virtual:help-center/content-images';
const RESOLVED = `\0${CONTENT_IMAGES_MODULE}`;

/**
 * The images of this build's content folder (content/, or a fixture's), as Astro image imports
 * keyed by their path inside images/: `<Figure src="invoices/new.png">` gets the optimiser's
 * metadata of content/images/invoices/new.png. A glob, so `astro dev` sees images added while it
 * runs; lazy, so a build only processes the images some page shows.
 */
export function contentImagesModule(contentDir: string): AstroIntegration {
  const folder = `/${projectRelative(contentDir)}/${IMAGES_DIR}/`;
  const pattern = `${folder}**/*.{${FIGURE_IMAGE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
  return {
    name: 'help-center:content-images',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{
              name: 'help-center:content-images',
              resolveId: (id: string) => (id === CONTENT_IMAGES_MODULE ? RESOLVED : undefined),
              load: (id: string) => (id === RESOLVED
                ? `const found = import.meta.glob(${JSON.stringify(pattern)}, { import: 'default' });
export const images = Object.fromEntries(Object.entries(found).map(([path, load]) => [path.slice(${folder.length}), load]));`
                : undefined),
            }],
          },
        });
      },
    },
  };
}
