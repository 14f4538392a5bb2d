import { describe, expect, it } from 'vitest';
import { formatBuilderRoute, parseBuilderRoute, type BuilderRoute } from '../../../src/lib/persona/builder-route.ts';

describe('parseBuilderRoute', () => {
  it('reads each view from the fragment', () => {
    expect(parseBuilderRoute('')).toEqual({ view: 'list' });
    expect(parseBuilderRoute('#')).toEqual({ view: 'list' });
    expect(parseBuilderRoute('#edit=k7mq2xw9ab')).toEqual({ view: 'edit', id: 'k7mq2xw9ab' });
    expect(parseBuilderRoute('#compare=a,b,c')).toEqual({ view: 'compare', ids: ['a', 'b', 'c'] });
    expect(parseBuilderRoute('#share=1.eJy_-')).toEqual({ view: 'share', code: '1.eJy_-' });
  });

  it('goes back to the list for a view it cannot show', () => {
    expect(parseBuilderRoute('#edit=')).toEqual({ view: 'list' });
    expect(parseBuilderRoute('#compare=a')).toEqual({ view: 'list' });
    expect(parseBuilderRoute('#compare=a,a')).toEqual({ view: 'list' });
    expect(parseBuilderRoute('#compare=a,b,c,d')).toEqual({ view: 'list' });
  });

  it('leaves fragments that are not views alone', () => {
    expect(parseBuilderRoute('#main')).toBeUndefined();
    expect(parseBuilderRoute('#other=1')).toBeUndefined();
  });

  it('reads a view as every fragment is read: key in any case, escapes undone, blanks trimmed', () => {
    expect(parseBuilderRoute('#SHARE=1.eJy_-')).toEqual({ view: 'share', code: '1.eJy_-' });
    expect(parseBuilderRoute('#%20share=%201.eJy_-%20')).toEqual({ view: 'share', code: '1.eJy_-' });
    expect(parseBuilderRoute('#%73%68%61%72%65%3D1.eJy')).toEqual({ view: 'share', code: '1.eJy' });
    expect(parseBuilderRoute('#Edit=k7mq2xw9ab')).toEqual({ view: 'edit', id: 'k7mq2xw9ab' });
  });

  it('survives a broken percent-encoding', () => {
    expect(parseBuilderRoute('#edit=%E0%A4%A')).toEqual({ view: 'edit', id: '%E0%A4%A' });
  });

  it('reads back what it writes', () => {
    const routes: BuilderRoute[] = [{ view: 'list' }, { view: 'edit', id: 'a b' }, { view: 'compare', ids: ['x', 'y'] }, { view: 'share', code: '1.abc' }];
    for (const route of routes) expect(parseBuilderRoute(formatBuilderRoute(route))).toEqual(route);
  });
});
