import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const GUIDES_DIR = 'content/guides';

/** A guide file as written: its slug, raw frontmatter object and MDX body. */
export interface GuideFile {
  readonly slug: string;
  readonly path: string;
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
}

/** Read every guide from disk, the way the content collection does (one `.mdx` file per guide). */
export function loadGuideFiles(): GuideFile[] {
  return readdirSync(GUIDES_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(GUIDES_DIR, name);
      const text = readFileSync(path, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path} has no frontmatter block`);
      return { slug: name.replace(/\.mdx$/, ''), path, frontmatter: parse(match[1] ?? '') ?? {}, body: match[2] ?? '' };
    });
}

/** Glossary entries as written in `content/glossary/terms.yaml`. */
export function loadGlossary(): { id: string; term: string; definition: string; guide: string }[] {
  return parse(readFileSync('content/glossary/terms.yaml', 'utf8'));
}

/** Internal links in an MDX body: Markdown `[text](/path/)` and JSX `href="/path/"`. */
export function findInternalLinks(body: string): string[] {
  const markdown = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1] ?? '');
  const jsx = [...body.matchAll(/href=["'](\/[^"']*)["']/g)].map((match) => match[1] ?? '');
  return [...markdown, ...jsx];
}

/** Prose sentences of an MDX body, normalised, for spotting copies between guides. Formulas and tables are not prose. */
export function findSentences(body: string): string[] {
  const prose = body
    .replace(/<Formula[\s\S]*?<\/Formula>/g, ' ')
    .replace(/^\|.*\|\s*$/gm, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`>[\]|]/g, ' ');
  return prose
    .split(/(?<=[.!?])\s+|\n{2,}/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter((sentence) => sentence.split(' ').length >= 8);
}

/**
 * The words of a guide's own prose, lower-cased with punctuation dropped, for the cross-guide 8-word rule.
 * Left out: quotations (“…”, "…", blockquotes), formulas, code, tables, imports and embedded tools (JSX with a
 * `client:` directive), link targets and every tag with its attributes. Sources live in frontmatter, not here.
 */
export function proseWords(body: string): string[] {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<Formula[\s\S]*?<\/Formula>/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\s[^>]*client:[^>]*\/>/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/^\|.*\|\s*$/gm, ' ')
    .replace(/^\s*>.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  return prose
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^a-z0-9'%£$€]+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/** Every run of `size` consecutive words, joined by spaces. */
export function wordRuns(words: readonly string[], size = 8): Set<string> {
  const runs = new Set<string>();
  for (let index = 0; index + size <= words.length; index += 1) runs.add(words.slice(index, index + size).join(' '));
  return runs;
}
