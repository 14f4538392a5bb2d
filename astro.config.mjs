// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://touchpoint.example',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
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
