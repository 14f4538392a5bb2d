// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { RETIRED_TAG_REDIRECTS } from './src/lib/guides/retired-tags.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableScrollPlugin } from './src/lib/guides/table-scroll.ts';

/** The modules every tool page's first script needs, bundled as one chunk (see `codeSplitting` below). */
const CORE_MODULES = new RegExp(
  [
    String.raw`node_modules[\/](nanostores|@nanostores)[\/]`,
    String.raw`src[\/]lib[\/](result|portable[\/](fragment|migrate|checksum)|storage[\/](keep-copy|safe-storage-engine|stored-envelope)|text[\/]format)\.ts$`,
    String.raw`src[\/]stores[\/](persisted-atom|storage-notices|lazy-module)\.ts$`,
    String.raw`src[\/]components[\/]shared[\/](use-persisted-store|deferred-module|StorageNotices|could-not-load|SavedDataGate)\.tsx?$`,
  ].join('|'),
);

export default defineConfig({
  site: 'https://touchpoint.example',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    react(),
    {
      // client:first-use (src/directives/first-use.ts): a tool's island hydrates when the person first uses it.
      name: 'touchpoint:first-use',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => addClientDirective({ name: 'first-use', entrypoint: fileURLToPath(new URL('./src/directives/first-use.ts', import.meta.url)) }),
      },
    },
  ],
  // First-edition tag pages point at the tag they were merged into (content/TAXONOMY.md), so old links keep working.
  redirects: Object.fromEntries(
    Object.entries(RETIRED_TAG_REDIRECTS).map(([from, to]) => [`/guides/tags/${from}/`, `/guides/tags/${to}/`]),
  ),
  // Guides and tools are static pages; nothing needs a server.
  output: 'static',
  build: {
    // Small stylesheets inline and save a request on every page.
    inlineStylesheets: 'auto',
  },
  // A content security policy in a <meta> on every page. Astro adds 'self' and the hashes of its own scripts and
  // styles; components that write an inline script or style add their hash (InlineScript.astro,
  // pages/tools/journey-map.astro). No 'unsafe-inline' anywhere. A <meta> cannot carry frame-ancestors: the
  // README lists the headers a host should add.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        // Persona photos are stored as data: URLs; blob: leaves room for images a tool draws in the page (downloads
        // are blob: links, which img-src does not govern).
        "img-src 'self' data: blob:",
        // The score calculators parse pasted answers in a worker (src/workers/); Pagefind searches in one.
        "worker-src 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly when search opens. It does so in its worker, which a <meta> policy does
        // not reach, but falls back to this page when the worker fails or is slow to start (5 s); and a policy sent
        // as a header reaches the worker too. Search opens from every page (header button, `/`, Ctrl/⌘+K), so
        // every page needs it. 'wasm-unsafe-eval' allows compiling WebAssembly only, not eval() of JavaScript.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  markdown: {
    // Shiki colours code with style="" attributes, which the content security policy blocks; no guide has a
    // code block today, and one added later renders as plain monospace instead of breaking the policy.
    syntaxHighlight: false,
    // Wide tables in the guides scroll sideways on a phone, in a box the keyboard can reach (MDX uses this too).
    processor: satteri({ hastPlugins: [tableScrollPlugin] }),
  },
  vite: {
    // Workers as ES modules, so the parse worker loads the comments view's text analysis (stop words, stemmer,
    // sentiment lexicon) as a chunk of its own when the view opens, not with every calculator's worker.
    worker: { format: 'es' },
    // JSON is imported whole (the question bank, the sentiment word list): a named export per key doubled the
    // word list's size (105 KB against 60 KB minified) for exports nothing imports.
    json: { namedExports: false },
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            // What every tool page loads (stores, saving, notices) in one file instead of the many small ones the
            // bundler cuts by which pages share what: each file is compressed alone, and five small files weigh
            // more than one of the same code (1-5 KB of brotli per tool page, see `npm run size`).
            groups: [{ name: 'core', test: CORE_MODULES }],
          },
        },
        onwarn(warning, warn) {
          // MDX entries carry a harmless "use client"-style directive that rolldown reports once per entry.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
