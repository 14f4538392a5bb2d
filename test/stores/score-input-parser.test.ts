import { afterEach, describe, expect, it } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { createSourceId } from '../../src/stores/score-input.ts';
import {
  forgetSource,
  readFileInBackground,
  readLargeText,
  rereadSource,
  setParseWorkerFactoryForTests,
  type ParseWorker,
  type PasteReadOptions,
  type SourceAnswer,
} from '../../src/stores/score-input-parser.ts';
import { analysePaste } from '../../src/lib/metrics/analyse-paste.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from '../../src/workers/parse-scores.worker.ts';

const OPTIONS: PasteReadOptions = { scale: NPS_SCALE, readAs: 'list', column: null };

/** A worker that holds each message until the test answers it. */
function fakeWorker() {
  const messageListeners: ((event: MessageEvent<ParseWorkerResponse>) => void)[] = [];
  const errorListeners: ((event: Event) => void)[] = [];
  const worker = {
    received: [] as ParseWorkerRequest[],
    terminated: 0,
    postMessage(message: ParseWorkerRequest) {
      worker.received.push(message);
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') messageListeners.push(listener);
      else errorListeners.push(listener);
    },
    terminate() {
      worker.terminated += 1;
    },
    answer(response: ParseWorkerResponse) {
      for (const listener of messageListeners) listener({ data: response } as MessageEvent<ParseWorkerResponse>);
    },
    fail() {
      for (const listener of errorListeners) listener(new Event('error'));
    },
  };
  return worker;
}

/** The n of a `read` answer. */
function getCount(answer: SourceAnswer): number {
  if (answer.kind !== 'read' || answer.analysis.kind === 'empty' || answer.analysis.parse.kind === 'empty') throw new Error(`expected answers, got ${answer.kind}`);
  return answer.analysis.parse.n;
}

afterEach(() => setParseWorkerFactoryForTests(undefined));

describe('the parse worker client', () => {
  it('keeps and re-reads texts on the main thread where there is no worker (jsdom, Node)', async () => {
    setParseWorkerFactoryForTests(() => null);
    const id = createSourceId();
    await expect(readLargeText(id, '9\n10\n3', OPTIONS)).resolves.toEqual({ kind: 'read', analysis: analysePaste({ ...OPTIONS, text: '9\n10\n3' }), characters: 6 });
    // On 1–5 only the 3 fits.
    expect(getCount(await rereadSource(id, { ...OPTIONS, scale: { min: 1, max: 5 } }))).toBe(1);
    forgetSource(id);
    await expect(rereadSource(id, OPTIONS)).resolves.toEqual({ kind: 'missing' });
  });

  it('reads a file on the main thread where there is no worker', async () => {
    setParseWorkerFactoryForTests(() => null);
    await expect(readFileInBackground(createSourceId(), new Blob(['7\n8']), OPTIONS, 100)).resolves.toEqual({ kind: 'short-file', text: '7\n8' });
  });

  it('reads on the main thread when creating the worker throws', async () => {
    setParseWorkerFactoryForTests(() => {
      throw new Error('blocked by policy');
    });
    expect(getCount(await readLargeText(createSourceId(), '7', OPTIONS))).toBe(1);
  });

  it('posts a paste’s text once; a re-read posts only the id and the options, labels included', async () => {
    const worker = fakeWorker();
    let created = 0;
    setParseWorkerFactoryForTests(() => {
      created += 1;
      return worker as ParseWorker;
    });
    const id = createSourceId();
    const labels = { 'love it': 10 };
    const first = readLargeText(id, '9\n10', OPTIONS);
    const second = rereadSource(id, { ...OPTIONS, labels });
    expect(created).toBe(1);
    expect(worker.received).toEqual([
      { id: expect.any(Number), request: { kind: 'read-text', sourceId: id, text: '9\n10', options: OPTIONS } },
      { id: expect.any(Number), request: { kind: 'reread', sourceId: id, options: { ...OPTIONS, labels } } },
    ]);
    const [firstId, secondId] = worker.received.map((message) => ('id' in message ? message.id : -1));
    expect(firstId).not.toBe(secondId);
    // Answers are matched by id, in any order; an error answer rejects.
    const secondAnswer: SourceAnswer = { kind: 'missing' };
    worker.answer({ id: secondId ?? -1, answer: secondAnswer });
    worker.answer({ id: firstId ?? -1, error: 'boom' });
    await expect(second).resolves.toEqual(secondAnswer);
    await expect(first).rejects.toThrow('boom');
    // An answer nobody waits for is ignored.
    expect(() => worker.answer({ id: 999, error: 'late' })).not.toThrow();
  });

  it('hands a file to the worker as it is, never its text', () => {
    const worker = fakeWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const file = new Blob(['9']);
    void readFileInBackground(4, file, OPTIONS, 100_000);
    expect(worker.received).toEqual([{ id: expect.any(Number), request: { kind: 'read-file', sourceId: 4, file, options: OPTIONS, shownCharacters: 100_000 } }]);
  });

  it('tells a running worker to forget a text, and does not start one just to forget', () => {
    const worker = fakeWorker();
    let created = 0;
    setParseWorkerFactoryForTests(() => {
      created += 1;
      return worker as ParseWorker;
    });
    forgetSource(1);
    expect(created).toBe(0);
    void rereadSource(2, OPTIONS);
    forgetSource(2);
    expect(worker.received.at(-1)).toEqual({ forget: 2 });
  });

  it('when the worker fails to load, reads what is waiting on the main thread; a text only the worker kept is missing', async () => {
    const worker = fakeWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const keptByWorker = createSourceId();
    const pasted = createSourceId();
    const reread = rereadSource(keptByWorker, OPTIONS);
    const waiting = readLargeText(pasted, '10\n10', OPTIONS);
    worker.fail();
    expect(worker.terminated).toBe(1);
    await expect(reread).resolves.toEqual({ kind: 'missing' });
    expect(getCount(await waiting)).toBe(2);
    // The paste read on the main thread is kept there: re-reads work, and nothing more goes to the dead worker.
    expect(getCount(await rereadSource(pasted, { ...OPTIONS, scale: { min: 1, max: 5 } }))).toBe(0);
    expect(worker.received).toHaveLength(2);
  });
});
