import { useEffect, useState } from 'react';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { FRAGMENT_KEYS, readFragment } from '../../lib/portable/fragment';
import { describePortableError, formatPortableMessage } from '../../lib/portable/portable-error';
import { $journeyMaps, importMaps } from '../../stores/journey-maps';
import { announce } from '../shared/announcer.ts';
import { couldNotLoad } from '../shared/could-not-load.ts';
import { focusLater } from '../shared/focus-later';
import { formatDateTime } from '../../lib/text/format.ts';

type Offer =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly map: JourneyMap };

function clearFragment(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/**
 * A map opened from a share link (`#map=…`): shown as an offer to add it to this browser's maps, never
 * saved or merged without asking. A map with the same id as one here is offered as a copy or a replacement.
 */
export function SharedMapOffer() {
  const [offer, setOffer] = useState<Offer>({ kind: 'none' });

  useEffect(() => {
    let current = 0;
    const read = () => {
      const fragment = readFragment(location.hash, [FRAGMENT_KEYS.map]);
      if (fragment.kind !== 'code') return;
      const { code } = fragment;
      const attempt = ++current;
      setOffer({ kind: 'reading' });
      // The decoder checks the map against its schema (and brings zod): it loads only when a link is opened.
      void import('../../lib/journey/share-code.ts')
        .then((codec) => codec.decodeJourneyShareCode(code))
        .then(
          (result) =>
            result.ok
              ? ({ kind: 'ready', map: result.value } as const)
              : ({ kind: 'failed', message: formatPortableMessage(describePortableError(result.error, { thing: 'share link', tool: 'journey map builder' })) } as const),
          () => ({ kind: 'failed', message: couldNotLoad('The shared map') }) as const,
        )
        .then((next: Offer) => {
          if (attempt !== current) return;
          setOffer(next);
          focusLater('jm-shared-heading');
        });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (offer.kind === 'none') return null;
  const dismiss = () => {
    setOffer({ kind: 'none' });
    clearFragment();
    focusLater('main');
  };
  if (offer.kind === 'reading') return <p className="notice notice--info jm-shared">Opening the shared map…</p>;
  if (offer.kind === 'failed') {
    return (
      <div className="jm-shared field__error" role="alert">
        <h2 id="jm-shared-heading" tabIndex={-1}>
          The shared map could not be opened
        </h2>
        <p>{offer.message}</p>
        <p>Nothing was added and your own maps are unchanged.</p>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const { map } = offer;
  const existing = $journeyMaps.get().find((known) => known.id === map.id);
  const add = (choice: 'keep-both' | 'replace') => {
    const result = importMaps([map], new Map([[0, choice]]));
    if (!result.ok) {
      setOffer({ kind: 'failed', message: `This browser already keeps ${String(result.error.limit)} maps: delete or export one, then open the link again.` });
      return;
    }
    clearFragment();
    setOffer({ kind: 'none' });
    announce(`Added the shared map “${map.scenario.trim() || 'Untitled scenario'}” to your maps. It is open.`);
    focusLater('jm-open-map');
  };
  return (
    <div className="jm-shared notice notice--info" role="region" aria-labelledby="jm-shared-heading">
      <h2 id="jm-shared-heading" tabIndex={-1}>
        A journey map was shared with you
      </h2>
      <p>
        “{map.scenario.trim() || 'Untitled scenario'}” for {map.personas.map((persona) => persona.name.trim() || 'Unnamed persona').join(', ')}:{' '}
        {map.stages.length} {map.stages.length === 1 ? 'stage' : 'stages'}, {map.stages.reduce((sum, stage) => sum + stage.painPoints.length, 0)} pain points,{' '}
        {map.stages.reduce((sum, stage) => sum + stage.opportunities.length, 0)} opportunities. It is not saved in this browser until you add it.
      </p>
      {existing && (
        <p>
          You already have this map (“{existing.scenario.trim() || 'Untitled scenario'}”, last changed {formatDateTime(existing.updatedAt)}).
          Keep both, or replace yours with the shared one?
        </p>
      )}
      <div className="jm-inline">
        <button type="button" className="button" onClick={() => add('keep-both')}>
          {existing ? 'Keep both' : 'Add to my maps'}
        </button>
        {existing && (
          <button type="button" className="button button--secondary" onClick={() => add('replace')}>
            Replace mine
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
