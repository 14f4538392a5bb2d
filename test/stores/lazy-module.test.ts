import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/stores/lazy-module.ts';

describe('lazyModule', () => {
  it('imports once however often it is asked, and says where it is', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(lazy.$state.get()).toEqual({ kind: 'idle' });
    const first = lazy.load();
    expect(lazy.$state.get()).toEqual({ kind: 'loading' });
    const second = lazy.load();
    expect(await first).toEqual({ answer: 42 });
    expect(await second).toBe(await first);
    expect(imports).toBe(1);
    expect(lazy.$state.get()).toEqual({ kind: 'loaded', module: { answer: 42 } });
  });

  it('says when the import failed, and tries again on the next load', async () => {
    let attempts = 0;
    const lazy = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { answer: 42 };
    });
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.$state.get()).toEqual({ kind: 'failed' });
    await expect(lazy.load()).resolves.toEqual({ answer: 42 });
    expect(lazy.$state.get()).toEqual({ kind: 'loaded', module: { answer: 42 } });
    expect(attempts).toBe(2);
  });
});
