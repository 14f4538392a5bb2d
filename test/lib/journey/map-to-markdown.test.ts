import { describe, expect, it } from 'vitest';
import { mapToMarkdown } from '../../../src/lib/journey/map-to-markdown';
import { createEmptyMetric } from '../../../src/lib/journey/stage-metric-fields';
import { makeMap, makeStage } from './make-map';

describe('mapToMarkdown', () => {
  it('writes every lane of every stage, the moments that matter and the backlog', () => {
    const map = makeMap({
      personas: [
        { key: 'p1', personaId: 'persona1', name: 'Ana' },
        { key: 'p2', personaId: '', name: 'Bo' },
      ],
      stages: [
        makeStage('s1', 'Awareness', {
          goals: 'Find a gift\n\nTrust the shop',
          touchpoints: [{ id: 't1', name: 'Ad', channel: 'Social media', owner: 'Marketing', emotion: 1 }],
          emotions: [
            { personaKey: 'p1', curve: 'to-be', score: 2 },
            { personaKey: 'p1', curve: 'as-is', score: 1 },
          ],
        }),
        makeStage('s2', 'Purchase', {
          thoughts: 'Why an *account*?',
          emotions: [{ personaKey: 'p1', curve: 'as-is', score: -2 }],
          painPoints: [{ id: 'x1', text: 'Forced sign-up', severity: 'high' }],
          opportunities: [{ id: 'o1', text: 'Guest checkout', owner: 'E-commerce', impact: 5, effort: 2 }],
          metrics: [{ ...createEmptyMetric('csat', 'After checkout'), input: 'counts', counts: ['1', '1', '2', '4', '2'] }],
        }),
      ],
    });
    expect(mapToMarkdown(map, { missingPersonaKeys: ['p1'] })).toMatchInlineSnapshot(`
      "# Journey map: First purchase online

      **Personas:** Ana (no longer in the persona builder), Bo

      **Stages:** Awareness → Purchase

      ## 1. Awareness

      **Customer goals**

      - Find a gift
      - Trust the shop

      **Actions**

      —

      **Touchpoints and channels**

      - Ad · channel: Social media · owner: Marketing · emotion +1 (positive)

      **Owners (teams)**

      - Marketing

      **Thoughts**

      —

      **Emotion**

      - Ana, as is: +1 (positive)
      - Ana, to be: +2 (very positive)

      **Pain points**

      —

      **Opportunities**

      —

      **Measured metrics**

      —

      ## 2. Purchase

      **Customer goals**

      —

      **Actions**

      —

      **Touchpoints and channels**

      —

      **Owners (teams)**

      —

      **Thoughts**

      - Why an \\*account\\*?

      **Emotion**

      - Ana, as is: −2 (very negative)

      **Pain points**

      - Forced sign-up (severity: high)

      **Opportunities**

      - Guest checkout (owner: E-commerce; impact 5, effort 2; priority 20)

      **Measured metrics**

      - CSAT (customer satisfaction), After checkout: CSAT 60% (n = 10; 95% interval 31% to 83%; share answering 4–5 on 1–5, higher is better)

      ## Moments that matter

      - Ana, as is: Purchase, −2 (very negative), lowest point

      ## Opportunities: First purchase online

      | Rank | Priority | Opportunity | Stage | Owner | Impact | Effort |
      | ---: | ---: | --- | --- | --- | --- | --- |
      | 1 | 20 | Guest checkout | Purchase | E-commerce | 5 (very high) | 2 (low) |

      Sorted by priority = impact × (6 − effort) (1 to 25), then by impact, then by journey order.
      "
    `);
  });

  it('says when a metric has no answers or cannot be computed, and when nothing is scored', () => {
    const map = makeMap({
      stages: [
        makeStage('s1', '', { metrics: [createEmptyMetric('nps', '')] }),
        makeStage('s2', 'B', { metrics: [{ ...createEmptyMetric('nps', ''), scores: 'n/a' }] }),
      ],
    });
    const markdown = mapToMarkdown(map);
    expect(markdown).toContain('## 1. Stage 1');
    expect(markdown).toContain('- NPS (Net Promoter Score): no answers yet');
    expect(markdown).toContain('- NPS (Net Promoter Score): cannot be computed (None of the 1 pasted values could be counted.)');
    expect(markdown).toContain('## Moments that matter\n\nNo emotion scores yet.');
  });
});
