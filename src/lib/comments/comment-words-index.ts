/**
 * Every comment's words read once, as numbers: a vocabulary (each distinct word once), each comment's words as
 * word ids in order, and for each word the comments that hold it (its postings). Applying a codebook then never
 * reads a comment's text again: a word rule is one postings list, a wildcard is expanded once against the
 * vocabulary, and a phrase checks only the comments holding its rarest word. Build it once per comment list and
 * keep it while the analyst edits rules.
 */
import type { SurveyComment } from './comment.ts';
import { forEachCommentWord } from './comment-words.ts';

/** The words of a comment list (see the module comment). Ranges are `starts[i]` (inclusive) to `starts[i + 1]`. */
export type CommentWordsIndex = {
  readonly commentCount: number;
  /** Each distinct word once, in the order first seen; a word's id is its position here. */
  readonly vocabulary: readonly string[];
  readonly wordIdOf: ReadonlyMap<string, number>;
  /** Comment i's words are `wordIds[commentStarts[i]…commentStarts[i + 1]]`, in order. */
  readonly commentStarts: Uint32Array;
  readonly wordIds: Uint32Array;
  /** The comments holding word w are `postings[postingStarts[w]…postingStarts[w + 1]]`, ascending, each once. */
  readonly postingStarts: Uint32Array;
  readonly postings: Uint32Array;
};

/**
 * Read every comment's words once into an index.
 *
 * @param comments the comments (only their text is read)
 * @returns the index; O(total characters) to build
 * @example indexCommentWords([{ text: 'Late, late again' }]).vocabulary // ['late', 'again']
 */
export function indexCommentWords(comments: readonly Pick<SurveyComment, 'text'>[]): CommentWordsIndex {
  const vocabulary: string[] = [];
  const wordIdOf = new Map<string, number>();
  const commentStarts = new Uint32Array(comments.length + 1);
  let ids: number[] = [];
  const addWord = (word: string): void => {
    let id = wordIdOf.get(word);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(word);
      wordIdOf.set(word, id);
    }
    ids.push(id);
  };
  comments.forEach((comment, commentIndex) => {
    forEachCommentWord(comment.text, addWord);
    commentStarts[commentIndex + 1] = ids.length;
  });
  const wordIds = Uint32Array.from(ids);
  ids = [];

  // Postings by counting: how many comments hold each word (once per comment), then fill in comment order so
  // every list comes out ascending without sorting.
  const lastComment = new Int32Array(vocabulary.length).fill(-1);
  const postingStarts = new Uint32Array(vocabulary.length + 1);
  forEachDistinctWord(commentStarts, wordIds, lastComment, (id) => {
    postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + 1;
  });
  for (let id = 0; id < vocabulary.length; id += 1) postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + (postingStarts[id] ?? 0);
  const postings = new Uint32Array(postingStarts[vocabulary.length] ?? 0);
  const next = postingStarts.slice(0, vocabulary.length);
  lastComment.fill(-1);
  forEachDistinctWord(commentStarts, wordIds, lastComment, (id, commentIndex) => {
    const at = next[id] ?? 0;
    postings[at] = commentIndex;
    next[id] = at + 1;
  });
  return { commentCount: comments.length, vocabulary, wordIdOf, commentStarts, wordIds, postingStarts, postings };
}

/** Call `visit` once per (comment, distinct word of that comment), comments in order. */
function forEachDistinctWord(commentStarts: Uint32Array, wordIds: Uint32Array, lastComment: Int32Array, visit: (id: number, commentIndex: number) => void): void {
  for (let commentIndex = 0; commentIndex + 1 < commentStarts.length; commentIndex += 1) {
    const end = commentStarts[commentIndex + 1] ?? 0;
    for (let at = commentStarts[commentIndex] ?? 0; at < end; at += 1) {
      const id = wordIds[at] ?? 0;
      if (lastComment[id] === commentIndex) continue;
      lastComment[id] = commentIndex;
      visit(id, commentIndex);
    }
  }
}
