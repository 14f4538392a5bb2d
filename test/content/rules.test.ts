import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_TAGS, LEARNING_PATHS } from '../../src/consts';
import { RETIRED_TAG_REDIRECTS } from '../../src/lib/guides/retired-tags';
import { findInternalLinks, loadGlossary, loadGuideFiles, proseWords, wordRuns } from './load-content';

// The second-edition rules of content/TAXONOMY.md (issue 16), checked over every guide on disk, new ones included.
const guides = loadGuideFiles().filter((guide) => guide.frontmatter['draft'] !== true);
const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
const glossary = loadGlossary() as { id: string; term: string; guide: string; aliases?: string[] }[];

/** The names a glossary entry may appear under in a guide: the term, the term without its "(ABC)", the aliases. */
function namesOf(entry: { term: string; aliases?: string[] }): string[] {
  const bare = entry.term.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  // "(NPS)" is an abbreviation to look for; "(customer)" in "Churn (customer)" only says which sense is meant.
  const abbreviation = /\(([A-Z0-9][A-Z0-9 .&-]*)\)/.exec(entry.term)?.[1];
  return [entry.term, bare, ...(abbreviation ? [abbreviation] : []), ...(entry.aliases ?? [])].map((name) => name.toLowerCase());
}

describe('learning paths', () => {
  it('put every guide in at least one path', () => {
    const orphans = guides.filter((guide) => ((guide.frontmatter['paths'] as string[] | undefined) ?? []).length === 0);
    expect(orphans.map((guide) => guide.slug)).toEqual([]);
  });

  it('give every path at least two guides', () => {
    const thin = LEARNING_PATHS.filter((path) => guides.filter((guide) => ((guide.frontmatter['paths'] as string[]) ?? []).includes(path)).length < 2);
    expect(thin).toEqual([]);
  });
});

describe('tags', () => {
  const counts = new Map<string, string[]>();
  for (const guide of guides) {
    for (const tag of new Set((guide.frontmatter['tags'] as string[] | undefined) ?? [])) counts.set(tag, [...(counts.get(tag) ?? []), guide.slug]);
  }

  it('come from a taxonomy of at most 20', () => {
    expect(GUIDE_TAGS.length).toBeLessThanOrEqual(20);
    expect([...counts.keys()].filter((tag) => !(GUIDE_TAGS as readonly string[]).includes(tag))).toEqual([]);
  });

  // Every tag the first edition published (typed out from its frontmatter), whose /guides/tags/<tag>/ page must keep working.
  const FIRST_EDITION_TAGS = `surveys metrics nps leadership customer-service statistics retention governance empowerment cx-basics
    customer-lifetime-value csat churn ces b2b workshops voice-of-customer training touchpoints service-recovery self-service
    segmentation sampling roi revenue renewals qualitative-analysis planning personas personalisation perception pain-points
    omnichannel moments-of-truth loyalty journey-stages journey-mapping jobs-to-be-done internal-communication gdpr first-party-data
    evidence employee-engagement digital-cx definitions data-privacy cx-strategy cx-maturity customer-success customer-satisfaction
    customer-research customer-promise customer-journey customer-feedback culture crm consent complaints closed-loop chatbots
    business-case benchmarking b2c assessment account-management accessibility`.split(/\s+/);

  it('keep every first-edition tag page: still a tag in use, or redirected to one', () => {
    const inUse = new Set(counts.keys());
    const retired = RETIRED_TAG_REDIRECTS as Record<string, string>;
    const broken = FIRST_EDITION_TAGS.filter((tag) => !inUse.has(tag) && !(tag in retired));
    expect(FIRST_EDITION_TAGS).toHaveLength(66);
    expect(broken).toEqual([]);
    expect(Object.entries(retired).filter(([from, to]) => inUse.has(from) || !inUse.has(to))).toEqual([]);
  });

  it('are each used by at least two guides', () => {
    expect([...counts].filter(([, users]) => users.length < 2).map(([tag, users]) => `${tag}: ${users.join(', ')}`)).toEqual([]);
  });
});

describe('evidence and figures', () => {
  it.each(guides.map((guide) => [guide.slug, guide] as const))('%s ends its body with the Limits and evidence box', (_slug, guide) => {
    expect(guide.body.trimEnd()).toMatch(/<Limits>[\s\S]{200,}<\/Limits>$/);
  });

  it.each(guides.filter((guide) => guide.frontmatter['method'] === true).map((guide) => [guide.slug, guide] as const))(
    'method guide %s shows an example artefact in a figure',
    (_slug, guide) => {
      const figures = [...guide.body.matchAll(/<Figure[\s\S]*?<\/Figure>/g)].map((match) => match[0]);
      const artefact = figures.some((figure) => /<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/.test(figure) || /!\[[^\]]{20,}\]\(/.test(figure));
      expect(artefact).toBe(true);
    },
  );
});

describe('figures', () => {
  it.each(guides.map((guide) => [guide.slug, guide] as const))('%s names every SVG figure by its own title and description', (_slug, guide) => {
    const svgs = [...guide.body.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => match[0]).filter((svg) => /role="img"/.test(svg));
    const problems: string[] = [];
    const ids = [...guide.body.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] ?? '');
    problems.push(...ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `duplicate id ${id}`));
    for (const svg of svgs) {
      const labelled = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(/\s+/) ?? [];
      if (!/<title id="[^"]+">[^<]{10,}<\/title>/.test(svg)) problems.push('an SVG without a <title>');
      if (!/<desc id="[^"]+">[^<]{40,}<\/desc>/.test(svg)) problems.push('an SVG without a <desc> of a sentence or more');
      problems.push(...labelled.filter((id) => !svg.includes(`id="${id}"`)).map((id) => `aria-labelledby names a missing id ${id}`));
      // Colours come from the themed fig-* classes, so the figure follows light and dark mode and prints cleanly.
      if (/\b(fill|stroke)="#[0-9a-f]{3,6}"/i.test(svg) || /<style/.test(svg)) problems.push('an SVG with hard-coded colours');
    }
    expect(problems).toEqual([]);
  });
});

describe('journey stages', () => {
  it('are given only to guides about that stage: no stage lists more than a third of the guides', () => {
    const crowded = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'].filter(
      (stage) => guides.filter((guide) => ((guide.frontmatter['stages'] as string[] | undefined) ?? []).includes(stage)).length > guides.length / 3,
    );
    expect(crowded).toEqual([]);
  });
});

describe('glossary', () => {
  it.each(glossary.map((entry) => [entry.id, entry] as const))('%s links to a guide whose text contains the term', (_id, entry) => {
    const guide = bySlug.get(entry.guide);
    expect(guide, `guide ${entry.guide}`).toBeDefined();
    const text = guide?.body.toLowerCase() ?? '';
    expect(namesOf(entry).filter((name) => text.includes(name)), `${entry.term} in ${entry.guide}`).not.toEqual([]);
  });

  it.each(glossary.map((entry) => [entry.id, entry] as const))('%s is linked from the guide that defines it', (_id, entry) => {
    const links = findInternalLinks(bySlug.get(entry.guide)?.body ?? '');
    expect(links, `${entry.guide} should link /glossary/#${entry.id}`).toContain(`/glossary/#${entry.id}`);
  });
});

describe('search index', () => {
  // Pagefind indexes only pages with a data-pagefind-body element, so a tool page without one is invisible to search.
  const toolPages = [
    ...readdirSync('src/pages/tools').filter((name) => name !== 'index.astro').map((name) => `src/pages/tools/${name}`),
    ...readdirSync('src/pages/assessment').map((name) => `src/pages/assessment/${name}`),
  ];

  it.each(toolPages)('%s is in the search index with its method text', (path) => {
    const source = readFileSync(path, 'utf8');
    const viaLayout = source.includes('<ToolLayout') && source.includes('slot="method"');
    const ownBody = /data-pagefind-body/.test(source) && /<h2[^>]*>How [^<]+<\/h2>/.test(source);
    expect(viaLayout || ownBody).toBe(true);
  });

  it('the tool layout indexes its page and leaves the interactive tool out', () => {
    const layout = readFileSync('src/layouts/ToolLayout.astro', 'utf8');
    expect(layout).toMatch(/class="container tool-page" data-pagefind-body/);
    expect(layout).toMatch(/class="tool-page__tool" data-pagefind-ignore/);
  });
});

describe('voice', () => {
  it('the 8-word check ignores case, punctuation, quotations, tables and tools but still sees shared prose', () => {
    const a = proseWords('Customers judge the WHOLE experience, not the department that caused it.\n\n| a | b |\n\n<NpsCalculator client:visible embedded />');
    const b = proseWords('We think customers judge the whole experience — not the department that caused it! “Quoted words stay out of it entirely here.”');
    const shared = [...wordRuns(a)].filter((run) => wordRuns(b).has(run));
    expect(shared).toContain('customers judge the whole experience not the department');
    expect(proseWords('“Quoted words stay out of it entirely here.” Fine.')).toEqual(['fine']);
    expect(proseWords('| table cell words are not prose at all in here |')).toEqual([]);
  });

  it('shares no run of 8 words between two guides outside quotations, tables, formulas and tools', () => {
    const owners = new Map<string, string>();
    const shared = new Set<string>();
    for (const guide of guides) {
      for (const run of wordRuns(proseWords(guide.body))) {
        const owner = owners.get(run);
        if (owner !== undefined && owner !== guide.slug) shared.add(`${owner} & ${guide.slug}: “${run}”`);
        else owners.set(run, guide.slug);
      }
    }
    expect([...shared]).toEqual([]);
  });

  it.each(guides.map((guide) => [guide.slug, guide] as const))('%s does not open with "Most organisations"', (_slug, guide) => {
    const firstProse = guide.body.split('\n').find((line) => /^[A-Z]/.test(line.trim())) ?? '';
    expect(firstProse).not.toMatch(/^most (organisations|organizations|companies|teams)/i);
  });
});
