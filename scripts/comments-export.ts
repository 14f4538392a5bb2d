// A survey export with an open comment per row, for the comments view's benchmark and browser measurement:
// `Response ID,NPS,Plan,Why did you give this score?`, seeded, with comments of about 150 characters built from a
// customer-service vocabulary. Each score group has phrases planted more often ("friendly staff" for promoters,
// "waited on hold" and "charged twice" for detractors); 5% of comments carry an accent, an emoji or a typographic
// apostrophe (so the segmenter path runs), 1% an email address, and 10% are blank. Also a codebook of 30 themes
// (words, wildcards and phrases), as an analyst's would be after an afternoon of coding.
import type { Codebook, Theme } from '../src/lib/comments/comment.ts';
import { createRandom } from './seeded-random.ts';

const COMMON = ('the was and i it my to a of for with they but very so not this that is on service order app delivery staff ' +
  'customer support price product time experience website store agent call email refund account payment quality ' +
  'easy good great bad helpful quick slow late fast friendly rude problem issue help again never always still would ' +
  'recommend love like hate wait waited hours days week package arrived item team manager chat phone online checkout').split(' ');
/** Phrases planted per score group: promoters, passives, detractors. */
const PLANTED: readonly (readonly string[])[] = [
  ['friendly staff', 'always helpful', 'easy to use', 'great value'],
  ['okay overall', 'nothing special'],
  ['waited on hold', 'charged twice', 'never arrived', 'took too long'],
];
const PUNCTUATION = ['. ', ', ', '! ', ' '];
const EXTRAS = ['café', 'don’t', 'niño', 'très', '😀'];
const PLANS = ['Basic', 'Pro', 'Team', 'Enterprise'];

/** The export's text and how many rows it has. */
export function generateCommentsExport(rows: number, seed = 20261202): { readonly text: string; readonly rows: number } {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const lines = ['Response ID,NPS,Plan,Why did you give this score?'];
  for (let row = 0; row < rows; row += 1) {
    const score = Math.floor(random() * 11);
    const group = score >= 9 ? 0 : score >= 7 ? 1 : 2;
    let comment = '';
    if (random() >= 0.1) {
      const parts: string[] = [];
      if (random() < 0.05) parts.push(pick(EXTRAS), ' ');
      if (random() < 0.01) parts.push(`write to me at user${String(row)}@example.com `);
      let length = 0;
      while (length < 150) {
        const part = random() < 0.06 ? pick(PLANTED[group] ?? []) : pick(COMMON);
        parts.push(part, random() < 0.12 ? pick(PUNCTUATION) : ' ');
        length += part.length + 1;
      }
      comment = `"${parts.join('').trim()}"`;
    }
    lines.push(`R_${row.toString(36)},${String(score)},${pick(PLANS)},${comment}`);
  }
  return { text: `${lines.join('\n')}\n`, rows };
}

/** 30 themes of 3 rules each: plain words, wildcards and two- or three-word phrases. */
export function generateCodebook(): Codebook {
  const words = ['refund', 'deliver', 'staff', 'price', 'app', 'support', 'wait', 'charg', 'late', 'slow'];
  const themes: Theme[] = Array.from({ length: 30 }, (_, index) => {
    const word = words[index % words.length] ?? 'help';
    const other = words[(index * 3 + 1) % words.length] ?? 'call';
    const rules = index % 3 === 0 ? [`${word}*`, `very ${other}*`, 'took too long'] : index % 3 === 1 ? [word, `${other} again`, 'on hold'] : [`*${word.slice(1)}*`, `not ${other}`, `never arrived`];
    return { id: `theme-${String(index + 1)}`, name: `Theme ${String(index + 1)}`, rules };
  });
  return { themes, handCodes: {} };
}
