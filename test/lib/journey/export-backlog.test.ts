import { describe, expect, it } from 'vitest';
import { backlogToCsv, backlogToMarkdown } from '../../../src/lib/journey/export-backlog';
import { rankOpportunities } from '../../../src/lib/journey/rank-opportunities';
import { makeMap, makeStage } from './make-map';

const map = makeMap({
  stages: [
    makeStage('s1', 'Awareness', { opportunities: [{ id: 'o1', text: 'Show reviews, not ads', owner: 'Marketing', impact: 3, effort: 2 }] }),
    makeStage('s2', 'Purchase', {
      opportunities: [
        { id: 'o2', text: 'Offer "guest" checkout', owner: 'E-commerce', impact: 5, effort: 2 },
        { id: 'o3', text: '=HYPERLINK("http://x")', owner: '@team', impact: 1, effort: 5 },
      ],
    }),
  ],
});

describe('backlogToCsv', () => {
  it('writes one ranked row per opportunity, quoted and formula-safe', () => {
    expect(backlogToCsv(rankOpportunities(map))).toBe(
      [
        'Rank,Priority,Opportunity,Stage,Owner,Impact (1-5),Effort (1-5)',
        '1,20,"Offer ""guest"" checkout",Purchase,E-commerce,5,2',
        '2,12,"Show reviews, not ads",Awareness,Marketing,3,2',
        `3,1,"'=HYPERLINK(""http://x"")",Purchase,'@team,1,5`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header for an empty backlog', () => {
    expect(backlogToCsv([])).toBe('Rank,Priority,Opportunity,Stage,Owner,Impact (1-5),Effort (1-5)\r\n');
  });
});

describe('backlogToMarkdown', () => {
  it('writes a table with the rule under it, escaping what was typed', () => {
    expect(backlogToMarkdown(rankOpportunities(map), 'First | purchase')).toMatchInlineSnapshot(`
      "## Opportunities: First \\| purchase

      | Rank | Priority | Opportunity | Stage | Owner | Impact | Effort |
      | ---: | ---: | --- | --- | --- | --- | --- |
      | 1 | 20 | Offer "guest" checkout | Purchase | E-commerce | 5 (very high) | 2 (low) |
      | 2 | 12 | Show reviews, not ads | Awareness | Marketing | 3 (medium) | 2 (low) |
      | 3 | 1 | \\=HYPERLINK("http\\:\\//x") | Purchase | \\@team | 1 (very low) | 5 (very high) |

      Sorted by priority = impact × (6 − effort) (1 to 25), then by impact, then by journey order.
      "
    `);
  });

  it('says so when there is nothing to list', () => {
    expect(backlogToMarkdown([], '')).toBe('## Opportunities: journey map\n\nNo opportunities yet.\n');
  });
});
