import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/content.config';
import { QUESTION_BANK } from '../../src/lib/assessment/question-bank.ts';
import { JOURNEY_STAGES, TOOL_IDS, TOOLS } from '../../src/consts';
import { findDuplicateOrders } from '../../src/lib/guides/guide-sequence';
import { countWords } from '../../src/lib/guides/reading-time';
import { findInternalLinks, findSentences, loadGlossary, loadGuideFiles } from './load-content';

const guides = loadGuideFiles();
const published = guides.filter((guide) => guide.frontmatter['draft'] !== true);
const slugs = new Set(guides.map((guide) => guide.slug));
const glossaryIds = new Set(loadGlossary().map((entry) => entry.id));

describe.each(guides.map((guide) => [guide.slug, guide] as const))('guide %s', (_slug, guide) => {
  it('has frontmatter that passes the schema', async () => {
    const result = await guideSchema.safeParseAsync(guide.frontmatter);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('has 1,200 to 3,000 words of body text', () => {
    const words = countWords(guide.body);
    expect(words).toBeGreaterThanOrEqual(1200);
    expect(words).toBeLessThanOrEqual(3000);
  });

  it('lists related guides that exist', () => {
    const related = (guide.frontmatter['relatedGuides'] as string[] | undefined) ?? [];
    expect(related.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('links only to guides and glossary terms that exist', () => {
    const broken = findInternalLinks(guide.body).filter((link) => {
      const guideLink = /^\/guides\/([a-z0-9-]+)\/(#.*)?$/.exec(link);
      if (guideLink) return !slugs.has(guideLink[1] ?? '');
      const termLink = /^\/glossary\/#([a-z0-9-]+)$/.exec(link);
      if (termLink) return !glossaryIds.has(termLink[1] ?? '');
      if (link.startsWith('/guides/') || link.startsWith('/glossary/')) return !['/guides/', '/glossary/'].includes(link);
      return false;
    });
    expect(broken).toEqual([]);
  });

  it('has the sections every guide needs: worked example, common mistakes, checklist, try it', () => {
    expect(guide.body).toMatch(/<Callout[^>]*type="example"/);
    expect(guide.body).toMatch(/^## .*(mistake|pitfall)/im);
    expect(guide.body).toMatch(/^## .*checklist/im);
    expect(guide.body).toMatch(/^## Try it/im);
  });
});

describe('the playbook as a whole', () => {
  it('has a unique reading order', () => {
    const sequenced = guides.map((guide) => ({
      id: guide.slug,
      data: { order: Number(guide.frontmatter['order']), title: String(guide.frontmatter['title']) },
    }));
    expect(findDuplicateOrders(sequenced)).toEqual([]);
  });

  it('covers every journey stage', () => {
    const covered = new Set(published.flatMap((guide) => (guide.frontmatter['stages'] as string[] | undefined) ?? []));
    expect(JOURNEY_STAGES.filter((stage) => !covered.has(stage))).toEqual([]);
  });

  it('links every tool from at least one guide', () => {
    const linked = new Set(published.flatMap((guide) => findInternalLinks(guide.body)).map((link) => link.replace(/#.*$/, '')));
    expect(TOOL_IDS.filter((id) => !linked.has(TOOLS[id].href))).toEqual([]);
  });

  it('gives every maturity dimension a published guide', () => {
    const publishedSlugs = new Set(published.map((guide) => guide.slug));
    const unguided = QUESTION_BANK.dimensions.filter((dimension) => !dimension.guides.some((slug) => publishedSlugs.has(slug)));
    expect(unguided.map((dimension) => dimension.id)).toEqual([]);
  });

  it('no two guides share a sentence', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const guide of published) {
      for (const sentence of new Set(findSentences(guide.body))) {
        const owner = seen.get(sentence);
        if (owner && owner !== guide.slug) shared.push(`${owner} & ${guide.slug}: “${sentence}”`);
        seen.set(sentence, guide.slug);
      }
    }
    expect(shared).toEqual([]);
  });
});

describe('glossary', () => {
  const entries = loadGlossary();

  it('has at least 50 terms with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('points every term at a guide that exists', () => {
    expect(entries.filter((entry) => !slugs.has(entry.guide)).map((entry) => entry.id)).toEqual([]);
  });
});
