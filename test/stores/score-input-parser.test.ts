import { afterEach, describe, expect, it } from 'vitest';
import { NPS_SCALE } from '../../src/lib/metrics/score-scale.ts';
import { analyseInBackground, setParseWorkerFactoryForTests, type ParseWorker } from '../../src/stores/score-input-parser.ts';
import { analysePaste, type PasteRequest } from '../../src/lib/metrics/analyse-paste.ts';
import type { ParseWorkerRequest, ParseWorkerResponse } from '../../src/workers/parse-scores.worker.ts';

const request = (text: string): PasteRequest => ({ text, scale: NPS_SCALE, readAs: 'list', column: null });

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

afterEach(() => setParseWorkerFactoryForTests(undefined));

describe('analyseInBackground', () => {
  it('reads on the main thread where there is no worker (jsdom, Node)', async () => {
    setParseWorkerFactoryForTests(() => null);
    expect(await analyseInBackground(request('9\n10\n3'))).toEqual(analysePaste(request('9\n10\n3')));
  });

  it('reads on the main thread when creating the worker throws', async () => {
    setParseWorkerFactoryForTests(() => {
      throw new Error('blocked by policy');
    });
    const analysis = await analyseInBackground(request('7'));
    expect(analysis.kind === 'list' && analysis.parse.kind === 'parsed' && analysis.parse.n).toBe(1);
  });

  it('sends each request to the worker with its own id and matches the answers, in any order', async () => {
    const worker = fakeWorker();
    let created = 0;
    setParseWorkerFactoryForTests(() => {
      created += 1;
      return worker as ParseWorker;
    });
    const first = analyseInBackground(request('1'));
    const second = analyseInBackground(request('2'));
    expect(created).toBe(1);
    expect(worker.received.map((message) => message.request.text)).toEqual(['1', '2']);
    const [firstId, secondId] = worker.received.map((message) => message.id);
    expect(firstId).not.toBe(secondId);
    const secondAnalysis = analysePaste(request('2'));
    worker.answer({ id: secondId ?? -1, analysis: secondAnalysis });
    worker.answer({ id: firstId ?? -1, error: 'boom' });
    await expect(second).resolves.toEqual(secondAnalysis);
    await expect(first).rejects.toThrow('boom');
    // An answer nobody waits for is ignored.
    expect(() => worker.answer({ id: 999, error: 'late' })).not.toThrow();
  });

  it('when the worker fails to load, reads what is waiting and everything after on the main thread', async () => {
    const worker = fakeWorker();
    setParseWorkerFactoryForTests(() => worker as ParseWorker);
    const waiting = analyseInBackground(request('10\n10'));
    worker.fail();
    expect(worker.terminated).toBe(1);
    const analysis = await waiting;
    expect(analysis.kind === 'list' && analysis.parse.kind === 'parsed' && analysis.parse.counts[10]).toBe(2);
    const after = await analyseInBackground(request('0'));
    expect(after.kind === 'list' && after.parse.kind === 'parsed' && after.parse.counts[0]).toBe(1);
    expect(worker.received).toHaveLength(1);
  });
});
