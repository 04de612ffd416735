import type { ImageMetadata } from 'astro';
import { images } from 'virtual:help-center/content-images';

/**
 * The optimiser's metadata of an image of content/images/, by its path there. The content check
 * has refused a path that names no image at the writer's line; this only guards our own use.
 */
export async function contentImage(path: string): Promise<ImageMetadata> {
  const load = images[path];
  if (!load) throw new Error(`content/images/${path} does not exist (a figure or video poster names it)`);
  return load();
}
