import { useId, useState } from 'react';
import { AVATAR_IMAGE_SIZE, checkImageFile, describeImageFileError, getAvatarCrop, MAX_IMAGE_FILE_BYTES } from '../../lib/persona/avatar-image';
import { formatBytes, STABLE_LOCALE } from '../../lib/text/format.ts';
import { PERSONA_LIMITS } from '../../lib/persona/persona-limits';
import type { Persona } from '../../lib/persona/persona-schema';
import { AVATAR_COLOUR_IDS, AVATAR_COLOUR_LABELS, AVATAR_COLOURS } from '../../lib/persona/persona-vocabulary';
import { announce } from '../shared/announcer.ts';
import { Avatar } from './Avatar';

interface AvatarFieldProps {
  readonly name: string;
  readonly avatar: Persona['avatar'];
  readonly onChange: (avatar: Persona['avatar']) => void;
}

/**
 * Shrink a picked photo to a centred square of at most 256 px and return it as a data URL (WebP where the
 * browser can write it, JPEG otherwise), or undefined when it will not fit the stored limit.
 */
async function shrinkImage(file: File): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  const crop = getAvatarCrop(bitmap.width, bitmap.height, AVATAR_IMAGE_SIZE);
  const canvas = document.createElement('canvas');
  canvas.width = crop.outputSize;
  canvas.height = crop.outputSize;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(bitmap, crop.sourceX, crop.sourceY, crop.sourceSize, crop.sourceSize, 0, 0, crop.outputSize, crop.outputSize);
  bitmap.close();
  for (const [type, quality] of [['image/webp', 0.85], ['image/jpeg', 0.85], ['image/jpeg', 0.6]] as const) {
    const url = canvas.toDataURL(type, quality);
    // A browser that cannot write the type returns PNG instead; try the next type then.
    if (url.startsWith(`data:${type};`) && url.length <= PERSONA_LIMITS.image) return url;
  }
  return undefined;
}

/** The avatar: a colour for the initials, and optionally a photo picked from this device (it never leaves it). */
export function AvatarField({ name, avatar, onChange }: AvatarFieldProps) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const checked = checkImageFile(file);
    if (!checked.ok) {
      setMessage(describeImageFileError(checked.error));
      return;
    }
    setBusy(true);
    try {
      const image = await shrinkImage(file);
      if (image) {
        onChange({ ...avatar, image });
        setMessage('');
        announce('Photo added.');
      } else {
        setMessage(`“${file.name}” could not be made small enough to keep: pick a simpler photo.`);
      }
    } catch {
      setMessage(describeImageFileError({ kind: 'unreadable', name: file.name }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pb-avatar-field">
      <Avatar name={name} avatar={avatar} size="large" />
      <div>
        <fieldset className="pb-swatches">
          <legend className="pb-field__label">Avatar colour</legend>
          {AVATAR_COLOUR_IDS.map((colour) => (
            <label key={colour} className="pb-swatch">
              <input type="radio" name={`${id}-colour`} value={colour} checked={avatar.colour === colour} onChange={() => onChange({ ...avatar, colour })} />
              <span className="pb-swatch__dot" style={{ backgroundColor: AVATAR_COLOURS[colour] }} aria-hidden="true" />
              <span className="visually-hidden">{AVATAR_COLOUR_LABELS[colour]}</span>
            </label>
          ))}
        </fieldset>
        <div className="pb-field">
          <label htmlFor={`${id}-photo`} className="pb-field__label">
            Photo (optional)
          </label>
          <p id={`${id}-photo-tip`} className="pb-field__tip">
            PNG, JPEG, WebP or GIF up to {formatBytes(MAX_IMAGE_FILE_BYTES, { locale: STABLE_LOCALE })}. It is cropped to a square, shrunk to {AVATAR_IMAGE_SIZE} px and kept in this
            browser only. Prefer an illustration to a real person’s photo.
          </p>
          <input
            id={`${id}-photo`}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            aria-describedby={`${id}-photo-tip${message ? ` ${id}-photo-message` : ''}`}
            disabled={busy}
            onChange={(event) => {
              void pick(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          {avatar.image && (
            <button type="button" className="pb-button pb-button--quiet" onClick={() => { onChange({ ...avatar, image: '' }); announce('Photo removed: the avatar shows initials.'); }}>
              Remove photo
            </button>
          )}
          {message && (
            <p id={`${id}-photo-message`} className="pb-field__problem" role="alert">
              {message}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
