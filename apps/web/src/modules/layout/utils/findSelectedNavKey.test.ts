import { describe, expect, it } from 'vitest';
import { findSelectedNavKey } from './findSelectedNavKey.ts';

describe('findSelectedNavKey', () => {
  it('lights up the entry a page belongs to', () => {
    expect(findSelectedNavKey('/')).toBe('home');
    expect(findSelectedNavKey('/organisations/123')).toBe('organisations');
    expect(findSelectedNavKey('/instruments/2d51ceb5-1f0f-41bc-8cfe-f8479b4ebafd')).toBe('instruments');
  });

  it('prefers the longest matching path: /instruments/due is the due-date dashboard, not the register', () => {
    expect(findSelectedNavKey('/instruments/due')).toBe('instrumentsDue');
    expect(findSelectedNavKey('/instruments')).toBe('instruments');
  });

  it('lights up nothing for an unknown page, and does not take /instrumentsX for /instruments', () => {
    expect(findSelectedNavKey('/nowhere')).toBeUndefined();
    expect(findSelectedNavKey('/instrumentsX')).toBeUndefined();
  });
});
