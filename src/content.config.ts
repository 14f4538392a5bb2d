import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { questionBankSchema } from './lib/assessment/question-bank-schema.ts';
import { GUIDE_TAGS, GUIDE_THEMES, JOURNEY_STAGES, LEARNING_PATHS, TOOL_IDS } from './consts';

/** A public source a guide draws facts or figures from. */
const sourceSchema = z.object({
  /** Title of the work (article, book, report, standard). */
  title: z.string().min(1),
  /** Who published it: an organisation, journal or author. */
  publisher: z.string().min(1),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Where a reader can find it. */
  url: z.url(),
});

/** Frontmatter of a guide in `content/guides/*.mdx`. */
export const guideSchema = z.object({
  /** Page title and `<h1>`. */
  title: z.string().min(3).max(90),
  /** One or two sentences for the guides index, search results and `<meta name="description">`. */
  description: z.string().min(50).max(200),
  /** Three to six points a reader should remember, shown in a box before the body. */
  takeaways: z.array(z.string().min(10)).min(3).max(6),
  /** The theme the guide is grouped under on the index. */
  theme: z.enum(GUIDE_THEMES),
  /** Journey stages the guide is about; leave empty when it is not about one stage (most guides). */
  stages: z.array(z.enum(JOURNEY_STAGES)).default([]),
  /** Topic tags for filtering the index, from the fixed taxonomy in `GUIDE_TAGS` (content/TAXONOMY.md). */
  tags: z.array(z.enum(GUIDE_TAGS)).min(1).max(4),
  /** A method guide teaches a procedure that produces an artefact; it must show a filled example in a `<Figure>`. */
  method: z.boolean().default(false),
  /** Position in the playbook's reading order; previous and next links follow it. Unique across guides. */
  order: z.number().int().positive(),
  /** Curated learning paths the guide belongs to (at least one), ordered within each path by `order`. */
  paths: z.array(z.enum(LEARNING_PATHS)).min(1),
  /** Interactive tools the guide links to. */
  relatedTools: z.array(z.enum(TOOL_IDS)).default([]),
  /** Other guides worth reading next; each must exist. */
  relatedGuides: z.array(reference('guides')).default([]),
  /** Where the facts and figures in the text come from. */
  sources: z.array(sourceSchema).min(1),
  /** When the guide was last reviewed. */
  updated: z.coerce.date(),
  /** Drafts are left out of the build. */
  draft: z.boolean().default(false),
});

export type GuideFrontmatter = z.output<typeof guideSchema>;

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/** One entry of `content/glossary/terms.yaml`; its `id` is the anchor at `/glossary/#id`. */
export const glossaryTermSchema = z.object({
  /** The term as readers see it, e.g. "Net Promoter Score (NPS)". */
  term: z.string().min(2),
  /** A one-line definition in our own words. */
  definition: z.string().min(20).max(300),
  /** The guide that explains the term. */
  guide: reference('guides'),
  /** Other names readers may look for. */
  aliases: z.array(z.string()).default([]),
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

/**
 * The assessment's question bank (`content/assessment/question-bank.json`), one entry with the id
 * "question-bank". It is a collection so the build checks it with its schema: a bad entry fails
 * `npm run build` naming the file and the field. The islands import the same file directly
 * (src/lib/assessment/question-bank.ts), since they need it in the browser.
 */
const assessment = defineCollection({
  loader: file('./content/assessment/question-bank.json', {
    parser: (text) => [{ ...(JSON.parse(text) as Record<string, unknown>), id: 'question-bank' }],
  }),
  schema: questionBankSchema,
});

export const collections = { guides, glossary, assessment };
