import fs from 'fs';

/**
 * The CJK font embedded (as a subset) in every PDF, so a printed form renders on a machine
 * without Chinese fonts. Debian's fonts-noto-cjk by default; PDF_FONT_PATH points elsewhere,
 * PDF_FONT_NAME picks the face inside a collection (.ttc).
 */
const DEFAULT_FONT = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' };

export interface FontSource {
  path: string;
  /** PostScript name of the face inside a .ttc collection; unused for a single-face file. */
  name?: string;
}

export function cjkFont(): FontSource {
  const path = process.env.PDF_FONT_PATH || DEFAULT_FONT.path;
  if (!fs.existsSync(path)) {
    throw new Error(
      `PDF font not found at ${path}: install Debian's fonts-noto-cjk or set PDF_FONT_PATH to a CJK font (.ttf/.otf/.ttc, with PDF_FONT_NAME for a .ttc face)`,
    );
  }
  const name = process.env.PDF_FONT_NAME || (path === DEFAULT_FONT.path ? DEFAULT_FONT.name : undefined);
  return { path, name };
}
