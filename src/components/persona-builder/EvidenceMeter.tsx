import type { EvidenceStats } from '../../lib/persona/get-evidence-stats';

/** How much of a persona is backed by research, in words and as a bar. */
export function EvidenceMeter({ stats }: { readonly stats: EvidenceStats }) {
  if (stats.statements === 0 || stats.researchPercent === null) {
    return <p className="pb-evidence">No statements yet: add goals, needs or pain points and mark what research backs.</p>;
  }
  return (
    <div className="pb-evidence">
      <p className="pb-evidence__text">
        <strong>{stats.researchPercent}% evidence-backed:</strong> {stats.research} of {stats.statements}{' '}
        {stats.statements === 1 ? 'statement' : 'statements'} backed by research with a source,{' '}
        {stats.sourceMissing > 0 && (
          <>
            {stats.sourceMissing} marked as research with the source missing (not counted until a source is noted),{' '}
          </>
        )}
        {stats.assumptions} {stats.assumptions === 1 ? 'assumption' : 'assumptions'} to check.
      </p>
      <span className="pb-evidence__bar" aria-hidden="true">
        <span className="pb-evidence__fill" style={{ width: `${stats.researchPercent}%` }} />
      </span>
    </div>
  );
}
