// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { RETIRED_TAG_REDIRECTS } from './src/lib/guides/retired-tags.ts';

export default defineConfig({
  site: 'https://touchpoint.example',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
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
  markdown: {
    shikiConfig: { theme: 'github-light' },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX entries carry a harmless "use client"-style directive that rolldown reports once per entry.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
