/**
 * The scripts' seeded generator, so every run of a benchmark or a fuzz tries the same cases: the one in
 * src/lib (Mulberry32), under the name the scripts have always imported.
 */
export { createSeededRandom as createRandom } from '../src/lib/metrics/statistics/seeded-random.ts';
