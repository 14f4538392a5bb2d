/**
 * Golden compatibility tests (issue 11): every link, code, file and stored value the tools wrote before the
 * portable-layer refactor must still open to the same data. The fixtures in test/fixtures/golden/ are frozen;
 * when a decoder moves or is renamed, only test/golden/decoders.ts changes. See test/fixtures/golden/README.md.
 *
 * The expected data were not taken on trust from the decoder: the generator wrote each input with the encoders
 * of the day and kept it only when decoding gave back exactly the data it was encoded from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECODERS, EXPORTERS, getExpectedToday, toPlain, type GoldenFixture } from './decoders.ts';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/golden');
const EXPORTS_DIR = join(FIXTURES_DIR, 'exports');
/** Big journey maps inflate and validate slowly on a busy machine. */
const TIMEOUT_MS = 60_000;

/** Every kind of link, file and stored value that must stay readable, each with at least MIN_PER_KIND fixtures. */
const REQUIRED_KINDS = [
  'nps-share-code',
  'nps-comparison-share-code',
  'csat-share-code',
  'ces2-share-code',
  'ces1-share-code',
  'score-share-code-variant',
  'score-share-link',
  'churn-share-code',
  'clv-share-code',
  'assessment-share-code',
  'assessment-share-link',
  'assessment-json-file',
  'team-share-code',
  'team-json-file',
  'persona-share-code',
  'persona-file',
  'journey-share-code',
  'journey-file',
  'survey-share-code',
  'codebook-share-code',
  'codebook-file',
  'storage:nps-calculator',
  'storage:csat-calculator',
  'storage:ces-calculator',
  'storage:churn-calculator',
  'storage:clv-calculator',
  'storage:assessment-progress',
  'storage:assessment-targets',
  'storage:assessment-history',
  'storage:assessment-team',
  'storage:assessment-shared',
  'storage:personas',
  'storage:journey-maps',
] as const;
const MIN_PER_KIND = 3;

const files = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const fixtures = files.map((file) => ({ file, fixture: JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as GoldenFixture }));

describe('golden fixtures: every frozen link, file and stored value opens to the same data', () => {
  for (const { file, fixture } of fixtures) {
    it(file, { timeout: TIMEOUT_MS }, async () => {
      const decode = DECODERS[fixture.kind];
      expect(decode, `no decoder for kind "${fixture.kind}" in test/golden/decoders.ts`).toBeTypeOf('function');
      expect(toPlain(await decode?.(fixture.input))).toEqual(getExpectedToday(fixture));
    });
  }
});

describe('golden fixtures: coverage', () => {
  const counts = new Map<string, number>();
  for (const { fixture } of fixtures) counts.set(fixture.kind, (counts.get(fixture.kind) ?? 0) + 1);

  it.each(REQUIRED_KINDS)(`%s has at least ${String(MIN_PER_KIND)} fixtures`, (kind) => {
    expect(counts.get(kind) ?? 0).toBeGreaterThanOrEqual(MIN_PER_KIND);
  });

  it('every fixture is of a required kind and well formed', () => {
    for (const { file, fixture } of fixtures) {
      expect(REQUIRED_KINDS as readonly string[], file).toContain(fixture.kind);
      expect(fixture.description, file).toBeTypeOf('string');
      expect(fixture.input, file).toBeTypeOf('object');
      expect(fixture.expected, file).toBeDefined();
    }
  });

  it('covers every CSAT scale, both journey encodings and the link forms the pages read', () => {
    const of = (kind: string) => fixtures.filter(({ fixture }) => fixture.kind === kind).map(({ fixture }) => fixture);
    const scales = new Set(of('csat-share-code').map((fixture) => (fixture.expected as { scale: string }).scale));
    expect([...scales].sort()).toEqual(['1-10', '1-3', '1-5', '1-7']);
    const encodings = new Set(of('journey-share-code').map((fixture) => fixture.input.hash?.slice('#map=1.'.length, '#map=1.'.length + 1)));
    expect([...encodings].sort()).toEqual(['j', 'z']);
    expect(of('score-share-link').every((fixture) => fixture.input.hash?.startsWith('#c='))).toBe(true);
    expect(of('persona-share-code').every((fixture) => fixture.input.hash?.startsWith('#share='))).toBe(true);
    const pastedKinds = new Set(of('assessment-share-link').map((fixture) => (fixture.expected as { kind: string }).kind));
    expect([...pastedKinds].sort()).toEqual(['result', 'team']);
  });
});

type ExportInput = { readonly kind: string; readonly description: string; readonly output: string; readonly input: unknown };
const exportInputs = readdirSync(EXPORTS_DIR)
  .filter((name) => name.endsWith('.input.json'))
  .sort()
  .map((file) => ({ file, snapshot: JSON.parse(readFileSync(join(EXPORTS_DIR, file), 'utf8')) as ExportInput }));

// These MAY change on purpose (e.g. escaping fixes): then rewrite them with `vitest run test/golden -u` and say why in the commit.
describe('export snapshots: CSV and Markdown as the tools write them today', () => {
  it('has a snapshot for every exporter', () => {
    expect(new Set(exportInputs.map(({ snapshot }) => snapshot.kind))).toEqual(new Set(Object.keys(EXPORTERS)));
  });

  for (const { file, snapshot } of exportInputs) {
    it(file, async () => {
      const exporter = EXPORTERS[snapshot.kind];
      expect(exporter, `no exporter for "${snapshot.kind}"`).toBeTypeOf('function');
      await expect(exporter?.(snapshot.input)).toMatchFileSnapshot(join(EXPORTS_DIR, snapshot.output));
    });
  }
});
