import { useEffect, useState } from 'react';
import { createJourneyFile, getJourneyFileName } from '../../lib/journey/journey-file';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { mapToMarkdown } from '../../lib/journey/map-to-markdown';
import { encodeJourneyShareCode, SHARE_FRAGMENT_KEY } from '../../lib/journey/share-code';
import { getShareLink } from '../../lib/portable/fragment';
import { $journeyMaps } from '../../stores/journey-maps';
import { copyText, downloadText } from '../shared/download-text';
import { ImportPanel } from './ImportPanel';
import type { PaperSize } from './print-page-rule';
import { formatNumber } from '../../lib/text/format.ts';

/** A link longer than this may be cut by chat and mail apps. */
const LONG_LINK = 8000;

export interface KeepShareExportProps {
  readonly map: JourneyMap;
  readonly missingPersonaKeys: readonly string[];
  readonly paper: PaperSize;
  readonly onPaperChange: (paper: PaperSize) => void;
}

/** Export (JSON, Markdown), import, a share link in the URL fragment, and printing on landscape A4 or A3. */
export function KeepShareExport({ map, missingPersonaKeys, paper, onPaperChange }: KeepShareExportProps) {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<{ readonly url: string; readonly mapId: string; readonly updatedAt: string } | undefined>();
  const currentLink = link && link.mapId === map.id && link.updatedAt === map.updatedAt ? link : undefined;

  useEffect(() => {
    // A link made before the latest change would share an older map: say so by clearing it.
    if (link && (link.mapId !== map.id || link.updatedAt !== map.updatedAt)) setLink(undefined);
  }, [link, map.id, map.updatedAt]);

  const markdown = () => mapToMarkdown(map, { missingPersonaKeys });

  return (
    <section className="jm-section jm-keep" aria-labelledby="jm-keep-heading" data-print-hidden>
      <h2 id="jm-keep-heading">Keep, share, export</h2>
      <p className="field__hint">
        Your maps are saved in this browser only (up to 50), and stay in step across its tabs. Export them to keep a copy or to move them to another
        browser.
      </p>
      <div className="jm-inline">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const name = getJourneyFileName([map], 'json');
            downloadText(name, createJourneyFile([map], new Date()), 'application/json');
            setStatus(`Downloaded ${name}.`);
          }}
        >
          Export this map (JSON)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const maps = $journeyMaps.get();
            const name = getJourneyFileName(maps, 'json');
            downloadText(name, createJourneyFile(maps, new Date()), 'application/json');
            setStatus(`Downloaded ${name} with ${String(maps.length)} ${maps.length === 1 ? 'map' : 'maps'}.`);
          }}
        >
          Export all maps (JSON)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const name = getJourneyFileName([map], 'md');
            downloadText(name, markdown(), 'text/markdown');
            setStatus(`Downloaded ${name}.`);
          }}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void copyText(markdown()).then((copied) =>
              setStatus(copied ? 'Copied the map as Markdown.' : 'Your browser did not allow copying. Download the Markdown file instead.'),
            )
          }
        >
          Copy as Markdown
        </button>
      </div>
      <p className="jm-status" role="status">
        {status}
      </p>
      <h3>Import</h3>
      <p className="field__hint">
        Add maps from a JSON export. The file is checked first; a map that is already here is never replaced without asking.
      </p>
      <ImportPanel />

      <h3>Share by link</h3>
      <p className="field__hint">
        The whole map travels in the link, after the <code>#</code>, which browsers never send to a server. Whoever opens it sees the map and can add it
        to their own maps; nothing changes on your side.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          void encodeJourneyShareCode(map).then((code) => {
            const url = getShareLink(location.origin, location.pathname, SHARE_FRAGMENT_KEY, code);
            setLink({ url, mapId: map.id, updatedAt: map.updatedAt });
            setStatus('Made a share link for this map. Copy it below.');
          })
        }
      >
        {currentLink ? 'Make the link again' : 'Make a share link'}
      </button>
      {currentLink && (
        <div className="field jm-share">
          <label htmlFor="jm-share-link">Share link ({formatNumber(currentLink.url.length)} characters)</label>
          <div className="jm-inline">
            <input id="jm-share-link" type="text" readOnly value={currentLink.url} onFocus={(event) => event.target.select()} />
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void copyText(currentLink.url).then((copied) =>
                  setStatus(copied ? 'Copied the share link.' : 'Your browser did not allow copying: select the link and copy it by hand.'),
                )
              }
            >
              Copy link
            </button>
          </div>
          {currentLink.url.length > LONG_LINK && (
            <p className="notice">This link is long: some chat and mail apps cut long links. If it breaks, send the JSON export instead.</p>
          )}
        </div>
      )}

      <h3>Print</h3>
      <div className="jm-inline">
        <div className="field">
          <label htmlFor="jm-paper">Paper (landscape)</label>
          <select id="jm-paper" value={paper} onChange={(event) => onPaperChange(event.target.value === 'A3' ? 'A3' : 'A4')}>
            <option value="A4">A4 landscape</option>
            <option value="A3">A3 landscape (wide maps)</option>
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this map
        </button>
      </div>
      <p className="field__hint">The print shows the canvas, the emotion curve and the backlog; the editing controls are left out. Choose A3 for maps of six stages or more.</p>
    </section>
  );
}
