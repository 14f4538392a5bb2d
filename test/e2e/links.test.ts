import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = process.env['DIST_DIR'] ?? 'dist';

function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : listHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a static host serves for a site path, or undefined when there is none. */
function resolveSitePath(pathname: string): string | undefined {
  const direct = join(DIST, decodeURIComponent(pathname));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('internal links in dist/', () => {
  const pages = listHtmlFiles(DIST);

  it('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('every internal link, image and script resolves, anchors included', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const pagePath = `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const value = (match[1] ?? '').replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|data:|tel:|javascript:)/.test(value) && !value.startsWith('https://touchpoint.example')) continue;
        const url = new URL(value, `https://touchpoint.example${pagePath}`);
        if (url.origin !== 'https://touchpoint.example') continue;
        // Pagefind's files exist only after indexing; the browser tests load them for real.
        if (url.pathname.startsWith('/pagefind/')) continue;
        const target = resolveSitePath(url.pathname);
        if (!target) {
          broken.push(`${pagePath} → ${value} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
          broken.push(`${pagePath} → ${value} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page repeats an id (anchors and labels must point at one element)', () => {
    const repeated: string[] = [];
    for (const file of pages) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) repeated.push(`${relative(DIST, file)}: #${id}`);
        seen.add(id);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('internal page links end with a slash, as the site is built', () => {
    const offenders: string[] = [];
    for (const file of pages) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\shref="(\/[^"#?]*)["#?]/g)) {
        const path = match[1] ?? '';
        if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) offenders.push(`${relative(DIST, file)} → ${path}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no link is glued to the word before or after it (HTML compression drops a line break next to a tag)', () => {
    const glued: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      // A letter, digit or comma straight against a link's start or end tag: "The<a …>guide</a>explains".
      for (const match of html.matchAll(/[\p{L}\p{N},]<a\s[^>]*>[^<]{0,40}|[^<]{0,20}<\/a>[\p{L}\p{N}]/gu)) glued.push(`${relative(DIST, file)}: ${match[0]}`);
    }
    expect(glued).toEqual([]);
  });

  it('every table in a page scrolls in a box the keyboard can reach (a named, focusable region)', () => {
    const bare: string[] = [];
    let tables = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/(<[^<]*)<table\b/g)) {
        tables += 1;
        const opening = match[1] ?? '';
        if (!/^<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+">$/.test(opening)) bare.push(`${relative(DIST, file)}: ${opening}`);
      }
    }
    expect(tables).toBeGreaterThan(20);
    expect(bare).toEqual([]);
  });
});
