import { err, ok, type Result } from '../result.ts';
import { formatBytes } from '../text/format.ts';

/** Largest photo file the page reads (it is then shrunk to `AVATAR_IMAGE_SIZE`). */
export const MAX_IMAGE_FILE_BYTES = 10 * 1024 * 1024;
/** Width and height of a stored avatar image, in pixels. */
export const AVATAR_IMAGE_SIZE = 256;
/** Image types the page reads; SVG is refused because it can carry scripts and links. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;

/** Why a picked file cannot become an avatar. */
export type ImageFileError =
  | { readonly kind: 'empty'; readonly name: string }
  | { readonly kind: 'not-an-image'; readonly name: string; readonly type: string }
  | { readonly kind: 'unsupported-image'; readonly name: string; readonly type: string }
  | { readonly kind: 'too-large'; readonly name: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'unreadable'; readonly name: string };

/**
 * Check a picked file before reading it: an image of a type the page reads, not empty, within the size limit.
 *
 * @param file the file's name, type and size (a `File` has all three)
 * @returns nothing, or why the file cannot be used
 * @example checkImageFile({ name: 'notes.pdf', type: 'application/pdf', size: 1000 }) // err({ kind: 'not-an-image', name: 'notes.pdf', type: 'application/pdf' })
 */
export function checkImageFile(file: { readonly name: string; readonly type: string; readonly size: number }): Result<void, ImageFileError> {
  const { name, type, size } = file;
  if (!type.startsWith('image/')) return err({ kind: 'not-an-image', name, type });
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type)) return err({ kind: 'unsupported-image', name, type });
  if (size === 0) return err({ kind: 'empty', name });
  if (size > MAX_IMAGE_FILE_BYTES) return err({ kind: 'too-large', name, bytes: size, limit: MAX_IMAGE_FILE_BYTES });
  return ok(undefined);
}

/** The square to cut from an image and the size to draw it at. */
export interface AvatarCrop {
  readonly sourceX: number;
  readonly sourceY: number;
  readonly sourceSize: number;
  readonly outputSize: number;
}

/**
 * Where to cut a centred square from an image and how large to draw it: the largest centred square, shrunk
 * to at most `maxSize` pixels (never enlarged).
 *
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 * @param maxSize the largest output side
 * @returns the crop and the output size
 * @example getAvatarCrop(1200, 800, 256) // { sourceX: 200, sourceY: 0, sourceSize: 800, outputSize: 256 }
 */
export function getAvatarCrop(width: number, height: number, maxSize: number = AVATAR_IMAGE_SIZE): AvatarCrop {
  const sourceSize = Math.max(1, Math.min(width, height));
  return {
    sourceX: Math.floor((width - sourceSize) / 2),
    sourceY: Math.floor((height - sourceSize) / 2),
    sourceSize,
    outputSize: Math.max(1, Math.min(sourceSize, maxSize)),
  };
}

/**
 * Say in plain words why a picked file cannot be the avatar.
 *
 * @param error the image file error
 * @returns a sentence with what to do
 * @example describeImageFileError({ kind: 'too-large', name: 'me.jpg', bytes: 15_728_640, limit: 10_485_760 })
 * // '“me.jpg” is 15 MB, over the 10 MB limit. Pick a smaller photo.'
 */
export function describeImageFileError(error: ImageFileError): string {
  switch (error.kind) {
    case 'empty':
      return `“${error.name}” is empty. Pick another photo.`;
    case 'not-an-image':
      return `“${error.name}” is not an image${error.type ? ` (it is ${error.type})` : ''}. Pick a PNG, JPEG, WebP or GIF photo.`;
    case 'unsupported-image':
      return `“${error.name}” is an image this page does not read (${error.type}). Pick a PNG, JPEG, WebP or GIF photo.`;
    case 'too-large':
      return `“${error.name}” is ${formatBytes(error.bytes)}, over the ${formatBytes(error.limit)} limit. Pick a smaller photo.`;
    case 'unreadable':
      return `“${error.name}” could not be read as an image: it may be damaged. Pick another photo.`;
    default:
      return error satisfies never;
  }
}
