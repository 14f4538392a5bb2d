import { describe, expect, it } from 'vitest';
import { checkImageFile, describeImageFileError, getAvatarCrop, MAX_IMAGE_FILE_BYTES } from '../../../src/lib/persona/avatar-image.ts';

const messageFor = (file: { name: string; type: string; size: number }) => {
  const result = checkImageFile(file);
  return result.ok ? 'ok' : describeImageFileError(result.error);
};

describe('checkImageFile', () => {
  it('accepts common photo types within the limit', () => {
    expect(messageFor({ name: 'me.jpg', type: 'image/jpeg', size: 2_000_000 })).toBe('ok');
    expect(messageFor({ name: 'me.png', type: 'image/png', size: MAX_IMAGE_FILE_BYTES })).toBe('ok');
  });

  it('refuses a file that is not an image, an SVG, an empty file and one over the limit, saying why', () => {
    expect(messageFor({ name: 'notes.pdf', type: 'application/pdf', size: 100 })).toBe(
      '“notes.pdf” is not an image (it is application/pdf). Pick a PNG, JPEG, WebP or GIF photo.',
    );
    expect(messageFor({ name: 'notes', type: '', size: 100 })).toBe('“notes” is not an image. Pick a PNG, JPEG, WebP or GIF photo.');
    expect(messageFor({ name: 'logo.svg', type: 'image/svg+xml', size: 100 })).toBe(
      '“logo.svg” is an image this page does not read (image/svg+xml). Pick a PNG, JPEG, WebP or GIF photo.',
    );
    expect(messageFor({ name: 'me.jpg', type: 'image/jpeg', size: 0 })).toBe('“me.jpg” is empty. Pick another photo.');
    expect(messageFor({ name: 'big.jpg', type: 'image/jpeg', size: 15 * 1024 * 1024 })).toBe(
      '“big.jpg” is 15.7 MB, over the 10.5 MB limit. Pick a smaller photo.',
    );
  });
});

describe('getAvatarCrop', () => {
  it('cuts the largest centred square and shrinks it to 256 px', () => {
    expect(getAvatarCrop(1200, 800)).toEqual({ sourceX: 200, sourceY: 0, sourceSize: 800, outputSize: 256 });
    expect(getAvatarCrop(300, 901)).toEqual({ sourceX: 0, sourceY: 300, sourceSize: 300, outputSize: 256 });
  });

  it('never enlarges a small image', () => {
    expect(getAvatarCrop(100, 120)).toEqual({ sourceX: 0, sourceY: 10, sourceSize: 100, outputSize: 100 });
    expect(getAvatarCrop(0, 0).outputSize).toBe(1);
  });
});
