/**
 * Figures: an image of content/images/ with a caption, optimised when the site is built. The
 * image keeps its proportions in its width and height attributes, so nothing moves while it
 * loads, and the browser picks the smallest file that is sharp at the width it is shown.
 */

/** The widest an image appears in an article's column, in CSS pixels (the column is 72ch). */
export const COLUMN_PX = 720;
/** The narrowest file offered to phones; images shown smaller than this get their own width only. */
const PHONE_PX = 480;

export interface FigureLayout {
  /** The width and height attributes: the size it is shown at, in proportion. */
  width: number;
  height: number;
  /** The widths of the files in the srcset. */
  widths: number[];
  /** The sizes attribute: how wide the image is on screen at each viewport width. */
  sizes: string;
}

/**
 * The layout of an image of `intrinsic` size shown at most `displayWidth` wide (a screenshot
 * taken on a high-density screen is often shown at half its pixels). Files at 1× and 2× the
 * shown width, never wider than the original.
 */
export function figureLayout(intrinsic: { width: number; height: number }, displayWidth?: number): FigureLayout {
  const width = Math.min(displayWidth ?? intrinsic.width, intrinsic.width);
  const height = Math.round((width * intrinsic.height) / intrinsic.width);
  const shown = Math.min(width, COLUMN_PX);
  const candidates = shown > PHONE_PX ? [PHONE_PX, shown, shown * 2] : [shown, shown * 2];
  return {
    width,
    height,
    widths: candidates.filter((w) => w <= intrinsic.width),
    // The page's container keeps 1rem on each side on narrow screens.
    sizes: `(min-width: ${shown + 32}px) ${shown}px, calc(100vw - 2rem)`,
  };
}

/** Image files a figure (or a video's poster) can show: raster formats the optimiser reads. */
export const FIGURE_IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'];
