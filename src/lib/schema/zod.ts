/**
 * The zod every browser-side schema is written with: zod/mini, with English messages.
 *
 * Why not `astro/zod` (full zod) as the content config uses: every tool page parses saved data, share links
 * and imports in the browser, and full zod's method-chaining classes weigh about 29 KB gzip there, zod/mini
 * about 10 KB with the same checks, issue codes and (with the English locale loaded here) the same messages.
 * Server-only code (src/content.config.ts) keeps `astro/zod`. Write checks as functions:
 * `z.string().check(z.maxLength(60))`, `z.optional(…)`, `z._default(…, '')`.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
