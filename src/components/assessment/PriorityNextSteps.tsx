import { useEffect, useState } from 'react';
import { getNextToolLinks } from '../../lib/assessment/next-tools.ts';
import type { DimensionOpportunity } from '../../lib/journey/opportunities-by-dimension.ts';

/**
 * The opportunities in this browser's journey maps, per dimension they are tagged with (read-only), following
 * changes. The journey store (its schema and templates, about 45 KB) is loaded only once results are shown, so the
 * assessment's first load does not carry it; until then, and if it fails to load, the lists are empty.
 */
export function useOpportunitiesByDimension(): Readonly<Record<string, readonly DimensionOpportunity[]>> {
  const [groups, setGroups] = useState<Readonly<Record<string, readonly DimensionOpportunity[]>>>({});
  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    Promise.all([import('../../stores/journey-maps.ts'), import('../../lib/journey/opportunities-by-dimension.ts')])
      .then(([{ $journeyMaps }, { listOpportunitiesByDimension }]) => {
        if (cancelled) return;
        unsubscribe = $journeyMaps.subscribe((maps) => setGroups(listOpportunitiesByDimension(maps)));
      })
      .catch(() => {
        // Offline after an update, say: the page still works, the opportunity lists stay empty.
      });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
  return groups;
}

export interface PriorityNextStepsProps {
  readonly dimensionId: string;
  readonly dimensionName: string;
}

/** Under a priority: start a journey map or open the persona builder for it, and the open opportunities that address it. */
export function PriorityNextSteps({ dimensionId, dimensionName }: PriorityNextStepsProps) {
  const byDimension = useOpportunitiesByDimension();
  const links = getNextToolLinks(dimensionId);
  const opportunities = byDimension[dimensionId] ?? [];
  return (
    <div className="priority__next" data-print-hidden>
      {links !== undefined && (
        <p className="priority__tools">
          <a href={links.journeyMapHref}>
            Start a journey map{' '}<span className="visually-hidden">for {dimensionName}</span>
          </a>
          {' · '}
          <a href={links.personaBuilderHref}>
            Open the persona builder{' '}<span className="visually-hidden">for {dimensionName}</span>
          </a>
        </p>
      )}
      {opportunities.length === 0 ? (
        <p className="priority__opportunities">
          No open opportunities in your journey maps address this yet —{' '}
          {links === undefined ? 'start one.' : <a href={links.journeyMapHref}>start one{' '}<span className="visually-hidden">for {dimensionName}</span></a>}
          {links === undefined ? '' : '.'}
        </p>
      ) : (
        <div className="priority__opportunities">
          <p>Open opportunities in your journey maps that address this:</p>
          <ul>
            {opportunities.map((opportunity) => (
              <li key={`${opportunity.mapId}:${opportunity.opportunityId}`}>
                {opportunity.text} <span className="discuss-list__meta">({opportunity.mapName})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
