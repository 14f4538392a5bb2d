import { useId, useRef, useState } from 'react';
import { getPictureFormat, PICTURE_FORMAT_IDS, PICTURE_FORMATS, type PictureFormat, type PictureFormatId } from '../../lib/picture/page-formats.ts';
import { announce } from './announcer.ts';
import { downloadBlob, downloadText } from './download-text.ts';
import { getPictureFileName, renderPicturePng } from './picture-export.ts';
import './picture-export.css';

export interface PictureExportButtonsProps {
  /** What the picture shows, as a reader names it: "Persona card: Ana". The file's title, footer and name. */
  readonly title: string;
  /** A CSS selector for the parts drawn, stacked in page order: ".pb-card", or "#jm-map-heading, .jm-view, .jm-curve". */
  readonly parts: string;
  /** Look for the parts inside the closest ancestor of the buttons matching this selector (default: the whole page). */
  readonly within?: string;
  /**
   * Say what was saved through the page's shared announcer (the persona and journey map builders hold its live
   * region). Left out: the status line below the buttons is a live region of its own (the assessment pages).
   */
  readonly usePageAnnouncer?: boolean;
}

type Status = { readonly text: string; readonly failed: boolean };

/** The parts to draw are not on the page (a mount whose selector matches nothing): said as such, not as a browser failure. */
class NothingToDrawError extends Error {}

/** The parts to draw: outermost matches only, so a part inside another is not drawn twice. */
function findParts(group: HTMLElement | null, parts: string, within: string | undefined): Element[] {
  if (!group) return [];
  const scope = within === undefined ? group.ownerDocument : group.closest(within);
  if (!scope) return [];
  let found: Element[];
  try {
    found = [...scope.querySelectorAll(parts)];
  } catch {
    return []; // A selector that does not parse: nothing to draw, said in the status line.
  }
  return found.filter((element) => !found.some((other) => other !== element && other.contains(element)));
}

/**
 * "Save picture": a size (slide 16:9, A4 landscape or portrait) and PNG, SVG and Print / PDF buttons for a part
 * of the page, drawn as it looks (compose-picture.ts). One line to mount beside or inside what it pictures; it
 * leaves itself out of the picture.
 *
 * @example <PictureExportButtons title={`Persona card: ${persona.name}`} parts=".pb-card" within=".pb-editor__preview" usePageAnnouncer />
 */
export function PictureExportButtons({ title, parts, within, usePageAnnouncer = false }: PictureExportButtonsProps) {
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const [formatId, setFormatId] = useState<PictureFormatId>('slide');
  const [status, setStatus] = useState<Status>({ text: '', failed: false });
  // A ref, not disabled buttons: disabling the focused button would drop keyboard focus to the page's start.
  const workingRef = useRef(false);
  const format: PictureFormat = PICTURE_FORMATS[formatId];
  const fileStem = `${getPictureFileName(title, 'svg', 'picture').replace(/\.svg$/u, '')}-${format.id}`;

  function say(text: string, failed = false) {
    setStatus({ text, failed });
    if (usePageAnnouncer) announce(text);
  }

  // Drawing the page as a picture (about 23 KB) loads on the first save, not with the page.
  async function compose() {
    const found = findParts(groupRef.current, parts, within);
    if (found.length === 0) throw new NothingToDrawError(`Nothing on the page matches ${parts}`);
    const { composePicture } = await import('./compose-picture.ts');
    // A User Timing entry, which scripts/measure-pictures.mjs reads: composing is the part done on the main thread.
    const started = performance.now();
    const picture = composePicture(found, title, format);
    performance.measure('picture:compose', { start: started, end: performance.now() });
    return picture;
  }

  async function save(kind: 'png' | 'svg' | 'print') {
    if (workingRef.current) return;
    workingRef.current = true;
    try {
      const picture = await compose();
      if (kind === 'svg') {
        downloadText(`${fileStem}.svg`, picture.svg, 'image/svg+xml');
        say(`Saved ${fileStem}.svg`);
      } else if (kind === 'png') {
        downloadBlob(`${fileStem}.png`, await renderPicturePng(picture, format.pngScale));
        say(`Saved ${fileStem}.png`);
      } else {
        const { printPicture } = await import('./print-picture.ts');
        printPicture(picture.svg, format);
        say(`Print dialog opened for the picture on one ${format.label} page. Choose “Save as PDF” to keep it as a PDF.`);
      }
    } catch (error) {
      if (error instanceof NothingToDrawError) say('There is nothing to draw yet: what the picture shows is not on the page.', true);
      else say(`The picture could not be made in this browser. Try the ${kind === 'svg' ? 'PNG' : 'SVG'} file, or print the page.`, true);
    } finally {
      workingRef.current = false;
    }
  }

  const hiddenWhat = `: ${title}, ${format.label}`;
  return (
    <div ref={groupRef} className="picture-export" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="picture-export__label">
        Save picture
      </span>
      <label htmlFor={`${id}-format`} className="visually-hidden">
        Picture size
      </label>
      <select id={`${id}-format`} value={formatId} onChange={(event) => setFormatId(getPictureFormat(event.target.value)?.id ?? 'slide')}>
        {PICTURE_FORMAT_IDS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {PICTURE_FORMATS[candidate].label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--secondary" onClick={() => void save('png')}>
        PNG<span className="visually-hidden">{hiddenWhat}</span>
      </button>
      <button type="button" className="button button--secondary" onClick={() => void save('svg')}>
        SVG<span className="visually-hidden">{hiddenWhat}</span>
      </button>
      <button type="button" className="button button--secondary" onClick={() => void save('print')}>
        Print / PDF<span className="visually-hidden">{hiddenWhat}</span>
      </button>
      <p className={`picture-export__status${status.failed ? ' picture-export__status--failed' : ''}`} role={usePageAnnouncer ? undefined : 'status'}>
        {status.text}
      </p>
    </div>
  );
}
