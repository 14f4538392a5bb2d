import { useState } from 'react';
import { backlogToCsv, backlogToMarkdown } from '../../lib/journey/export-backlog';
import { getJourneyFileName } from '../../lib/journey/journey-file';
import type { JourneyMap } from '../../lib/journey/journey-map-schema';
import { RATING_LABELS } from '../../lib/journey/journey-vocabulary';
import { PRIORITY_RULE } from '../../lib/journey/opportunity-priority';
import { rankOpportunities } from '../../lib/journey/rank-opportunities';
import { copyText, downloadText } from '../shared/download-text';

export interface OpportunityBacklogProps {
  readonly map: JourneyMap;
  /** Open an opportunity's stage in the editor and focus it. */
  readonly onEdit: (stageId: string, opportunityId: string) => void;
}

/** Every stage's opportunities in one list, by priority, with the rule stated and exports. */
export function OpportunityBacklog({ map, onEdit }: OpportunityBacklogProps) {
  const [status, setStatus] = useState('');
  const backlog = rankOpportunities(map);
  const baseName = getJourneyFileName([map], 'csv').replace(/^journey-map/, 'backlog').replace(/\.csv$/, '');
  return (
    <section className="jm-section jm-backlog" aria-labelledby="jm-backlog-heading">
      <h2 id="jm-backlog-heading">Opportunities, by priority</h2>
      <p>
        <strong>{PRIORITY_RULE}</strong>, from 1 to 25. Impact and effort are each rated 1 (very low) to 5 (very high); 6 − effort turns effort into
        ease on the same scale, and multiplying means an opportunity needs both value and ease to rank high. Unlike impact ÷ effort, each step of
        effort counts the same, so a small saving of effort on an easy task cannot outrank a large gain in impact. Ties go to the higher impact, then to
        the earlier stage.
      </p>
      {backlog.length === 0 ? (
        <p className="notice notice--info">No opportunities yet. Add them to a stage in “Edit a stage”, or turn a pain point into one.</p>
      ) : (
        <div className="jm-table-scroll" role="region" aria-labelledby="jm-backlog-caption" tabIndex={0}>
          <table className="jm-backlog__table">
            <caption id="jm-backlog-caption">
              {backlog.length} {backlog.length === 1 ? 'opportunity' : 'opportunities'}, highest priority first
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Priority</th>
                <th scope="col">Opportunity</th>
                <th scope="col">Stage</th>
                <th scope="col">Owner</th>
                <th scope="col">Impact</th>
                <th scope="col">Effort</th>
                <th scope="col" data-print-hidden>
                  <span className="visually-hidden">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backlog.map((item) => (
                <tr key={item.opportunity.id}>
                  <td>{item.rank}</td>
                  <td>
                    <strong>{item.priority}</strong>
                  </td>
                  <td>{item.opportunity.text.trim() || <span className="jm-meta">No text yet</span>}</td>
                  <td>{item.stageName}</td>
                  <td>{item.opportunity.owner.trim() || <span className="jm-meta">Not set</span>}</td>
                  <td>
                    {item.opportunity.impact} {RATING_LABELS[item.opportunity.impact].toLowerCase()}
                  </td>
                  <td>
                    {item.opportunity.effort} {RATING_LABELS[item.opportunity.effort].toLowerCase()}
                  </td>
                  <td data-print-hidden>
                    <button type="button" className="jm-link-button" onClick={() => onEdit(item.stageId, item.opportunity.id)}>
                      Edit<span className="visually-hidden"> “{item.opportunity.text.trim() || `opportunity ranked ${String(item.rank)}`}”</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="jm-inline" data-print-hidden>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(`${baseName}.csv`, backlogToCsv(backlog), 'text/csv');
            setStatus(`Downloaded ${baseName}.csv.`);
          }}
        >
          Download backlog (CSV)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(`${baseName}.md`, backlogToMarkdown(backlog, map.scenario), 'text/markdown');
            setStatus(`Downloaded ${baseName}.md.`);
          }}
        >
          Download backlog (Markdown)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void copyText(backlogToMarkdown(backlog, map.scenario)).then((copied) =>
              setStatus(copied ? 'Copied the backlog as Markdown.' : 'Your browser did not allow copying. Download the Markdown file instead.'),
            )
          }
        >
          Copy backlog as Markdown
        </button>
      </div>
      <p className="jm-status" role="status" data-print-hidden>
        {status}
      </p>
    </section>
  );
}
