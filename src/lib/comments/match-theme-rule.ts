/**
 * Which comments a parsed rule matches, from a words index (never the comments' text). A word is one postings
 * list; a wildcard word is the words of the vocabulary it fits (found once per wildcard and kept in `expansions`);
 * a phrase takes the comments holding its rarest word and looks for the whole phrase in each of them.
 */
import type { CommentWordsIndex } from './comment-words-index.ts';
import { matchesWildcard, type RuleWord, type ThemeRule } from './theme-rule.ts';

/** Wildcard text (`deliver*`) → the vocabulary's word ids it fits; share one per index across rules. */
export type WildcardExpansions = Map<string, readonly number[]>;

/** The word ids a rule word stands for. */
function expandRuleWord(index: CommentWordsIndex, word: RuleWord, expansions: WildcardExpansions): readonly number[] {
  if (word.kind === 'word') {
    const id = index.wordIdOf.get(word.text);
    return id === undefined ? [] : [id];
  }
  const known = expansions.get(word.text);
  if (known !== undefined) return known;
  const ids: number[] = [];
  index.vocabulary.forEach((candidate, id) => {
    if (matchesWildcard(candidate, word.pieces)) ids.push(id);
  });
  expansions.set(word.text, ids);
  return ids;
}

/** How many comments hold any of these words, counted with repeats: the cost of scanning them. */
function countPostings(index: CommentWordsIndex, ids: readonly number[]): number {
  let total = 0;
  for (const id of ids) total += (index.postingStarts[id + 1] ?? 0) - (index.postingStarts[id] ?? 0);
  return total;
}

/** The comments holding any of these words, ascending, each once. */
function unionPostings(index: CommentWordsIndex, ids: readonly number[]): Uint32Array {
  const [only] = ids;
  if (ids.length === 1 && only !== undefined) return index.postings.subarray(index.postingStarts[only], index.postingStarts[only + 1]);
  const seen = new Uint8Array(index.commentCount);
  const found: number[] = [];
  for (const id of ids) {
    const end = index.postingStarts[id + 1] ?? 0;
    for (let at = index.postingStarts[id] ?? 0; at < end; at += 1) {
      const comment = index.postings[at] ?? 0;
      if (seen[comment] === 1) continue;
      seen[comment] = 1;
      found.push(comment);
    }
  }
  return Uint32Array.from(found).sort();
}

/**
 * The comments a rule matches.
 *
 * @param index the comments' words
 * @param rule a parsed rule
 * @param expansions wildcard expansions already found for this index (filled in as a side effect)
 * @returns comment positions, ascending, each once
 * @example findRuleMatches(indexCommentWords([{ text: 'Delivered late' }, { text: 'Fine' }]), parsedRule('deliver*'), new Map()) // Uint32Array [0]
 */
export function findRuleMatches(index: CommentWordsIndex, rule: ThemeRule, expansions: WildcardExpansions): Uint32Array {
  const positions = rule.words.map((word) => expandRuleWord(index, word, expansions));
  if (positions.some((ids) => ids.length === 0)) return new Uint32Array(0);
  if (positions.length === 1) return unionPostings(index, positions[0] ?? []);

  // A phrase: the rarest position gives the candidates; a word set per position answers "does this word fit here".
  let anchor = 0;
  let anchorCost = Number.POSITIVE_INFINITY;
  positions.forEach((ids, position) => {
    const cost = countPostings(index, ids);
    if (cost < anchorCost) [anchor, anchorCost] = [position, cost];
  });
  const fits = positions.map((ids) => {
    if (ids.length === 1) return { single: ids[0] ?? 0, set: null };
    const set = new Uint8Array(index.vocabulary.length);
    for (const id of ids) set[id] = 1;
    return { single: -1, set };
  });
  const length = positions.length;
  const matched: number[] = [];
  for (const comment of unionPostings(index, positions[anchor] ?? [])) {
    const start = index.commentStarts[comment] ?? 0;
    const last = (index.commentStarts[comment + 1] ?? 0) - length;
    search: for (let at = start; at <= last; at += 1) {
      for (let offset = 0; offset < length; offset += 1) {
        const id = index.wordIds[at + offset] ?? 0;
        const fit = fits[offset];
        if (fit === undefined || (fit.set === null ? fit.single !== id : fit.set[id] !== 1)) continue search;
      }
      matched.push(comment);
      break;
    }
  }
  return Uint32Array.from(matched);
}
