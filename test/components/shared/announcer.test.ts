import { beforeEach, describe, expect, it } from 'vitest';
import { $announcement, announce } from '../../../src/components/shared/announcer.ts';

describe('announce', () => {
  beforeEach(() => {
    $announcement.set({ id: 0, text: '' });
  });

  it('sets the text with a new id each time, so the same words are announced again', () => {
    announce('Saved.');
    expect($announcement.get()).toEqual({ id: 1, text: 'Saved.' });
    announce('Saved.');
    expect($announcement.get()).toEqual({ id: 2, text: 'Saved.' });
  });

  it('accepts an empty message, which clears the region', () => {
    announce('');
    expect($announcement.get()).toEqual({ id: 1, text: '' });
  });
});
