// Counts the lines of src/lib that move data in and out of the browser (issue 11's "plumbing"), by category,
// at two commits: the one before the portable layer (issue 11's baseline) and HEAD, with the same rules for both.
//   node scripts/count-plumbing.mjs [base-rev] [rev]
// Categories (a file goes in the first that matches; paths relative to src/lib/):
//   share codes       portable/ codecs, every *share-code*, share-source, calculator-code, compact-persona, base64url
//   import/export     export-file, text/csv and text/markdown, *-file, import-*, apply-*-import, export-*, *-to-markdown
//   migrations, schemas, storage   portable/migrate, *migrations, storage/, schema/zod, data schemas (*-schema, not the question bank's)
//   error wording     portable-error, describe-*-error, describe-*-issue, describe-field-path, schema/describe-*, figure-error, score-issue
// Files for the tools added since the baseline (comments/, survey/) are counted apart, so the two totals compare
// like with like. "Code" lines leave out blank lines and comment-only lines.
import { execFileSync } from 'node:child_process';

const [base = '3b765da^', rev = 'HEAD'] = process.argv.slice(2);
const CATEGORIES = [
  ['share codes', /(^portable\/(base64url|checksum|code-envelope|compression|fragment|json-payload)\.ts$)|share-code|share-source|calculator-code|compact-persona|base64url|checksum\.ts$/],
  ['import/export', /(^portable\/export-file\.ts$)|(^text\/(csv|markdown)\.ts$)|(^export\/)|-file\.ts$|\/import-[^/]+\.ts$|apply-[^/]+-import\.ts$|\/export-[^/]+\.ts$|-to-markdown\.ts$|csv-field\.ts$|escape-markdown\.ts$/],
  ['migrations, schemas, storage', /(^portable\/migrate\.ts$)|migrations\.ts$|^storage\/|^schema\/zod\.ts$|(?<!question-bank)-schema\.ts$/],
  ['error wording', /portable-error\.ts$|describe-[^/]*-error\.ts$|describe-[^/]*-issue\.ts$|describe-field-path\.ts$|^schema\/describe-|figure-error\.ts$|score-issue\.ts$/],
];
const NEWER_TOOLS = /^(comments|survey)\//;

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function count(revision) {
  const totals = new Map(CATEGORIES.map(([name]) => [name, { files: 0, lines: 0, code: 0 }]));
  const newer = { files: 0, lines: 0, code: 0 };
  for (const path of git('ls-tree', '-r', '--name-only', revision, 'src/lib').split('\n')) {
    if (!path.endsWith('.ts')) continue;
    const relative = path.slice('src/lib/'.length);
    const category = CATEGORIES.find(([, pattern]) => pattern.test(relative));
    if (!category) continue;
    const lines = git('show', `${revision}:${path}`).split('\n');
    if (lines.at(-1) === '') lines.pop();
    const code = lines.filter((line) => line.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(line)).length;
    const bucket = NEWER_TOOLS.test(relative) ? newer : totals.get(category[0]);
    bucket.files += 1;
    bucket.lines += lines.length;
    bucket.code += code;
  }
  return { totals, newer };
}

const before = count(base);
const after = count(rev);
console.log(`src/lib plumbing, lines (code lines), ${base} → ${rev}`);
let sumBefore = { lines: 0, code: 0 };
let sumAfter = { lines: 0, code: 0 };
for (const [name] of CATEGORIES) {
  const b = before.totals.get(name);
  const a = after.totals.get(name);
  sumBefore = { lines: sumBefore.lines + b.lines, code: sumBefore.code + b.code };
  sumAfter = { lines: sumAfter.lines + a.lines, code: sumAfter.code + a.code };
  console.log(`  ${name.padEnd(30)} ${String(b.lines).padStart(5)} (${String(b.code).padStart(5)}) in ${String(b.files).padStart(2)} files → ${String(a.lines).padStart(5)} (${String(a.code).padStart(5)}) in ${String(a.files).padStart(2)} files`);
}
console.log(`  ${'total, tools of the baseline'.padEnd(30)} ${String(sumBefore.lines).padStart(5)} (${String(sumBefore.code).padStart(5)}) → ${String(sumAfter.lines).padStart(5)} (${String(sumAfter.code).padStart(5)}); issue 11's target: under 2,500 lines`);
console.log(`  ${'tools added since (comments, survey)'.padEnd(30)} ${String(before.newer.lines).padStart(5)} → ${String(after.newer.lines).padStart(5)} (${String(after.newer.code)} code) in ${String(after.newer.files)} files`);
