// Writes the service worker that makes the whole site work offline after one visit: every built file (pages,
// scripts, styles, icons, Pagefind's search index) precached by Workbox's generateSW, revisioned by content,
// so a new build replaces exactly what changed. Run after Pagefind (its index is part of the site):
//   astro build && pagefind --site dist && node scripts/build-service-worker.mjs [dist]
// Nothing a person types is ever cached: the worker holds only these build files (share links live in the
// fragment, which never reaches it), and it answers nothing else, so every other request goes to the network
// (an address not in the cache falls back to the cached 404 page when the network is down).
import { generateSW } from 'workbox-build';

const DIST = process.argv[2] ?? process.env.DIST ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  globPatterns: ['**/*'],
  // The worker itself, and the host's header file (read by the host, never fetched by a page).
  globIgnores: ['sw.js', '_headers'],
  swDest: `${DIST}/sw.js`,
  // One file under the site's own origin: no workbox-*.js beside it, nothing fetched from a CDN.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // /tools/nps/ is /tools/nps/index.html; ?template=… (links between tools) opens the same page.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Astro's hashed files change name when they change: no cache-busting query needed.
  dontCacheBustURLsMatching: /^_astro\//,
  // The largest built file is Pagefind's WebAssembly (about 70 KB); a limit well above it, so nothing is left out silently.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  // A page that is not in the cache (a mistyped address, or one a newer version added) is asked of the network;
  // offline, the site's own "not found" page answers instead of the browser's error page. Online, the host's
  // answer stands, so a page added since this worker was built still opens.
  runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: { precacheFallback: { fallbackURL: '404.html' } } }],
  // A new version waits until the person chooses to reload (the notice in head-scripts.ts sends SKIP_WAITING):
  // swapping scripts under an open tool could break it mid-edit.
  skipWaiting: false,
  clientsClaim: false,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`Service worker: ${String(count)} files precached (${(size / 1e6).toFixed(2)} MB) for offline use`);
