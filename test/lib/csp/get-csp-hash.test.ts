import { describe, expect, it } from 'vitest';
import { getCspHash } from '../../../src/lib/csp/get-csp-hash.ts';

// Expected values computed outside this code, with `printf '<text>' | openssl dgst -sha256 -binary | base64`.
describe('getCspHash', () => {
  it('hashes a script the way browsers do', async () => {
    expect(await getCspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('hashes an empty element (the empty string has a hash too)', async () => {
    expect(await getCspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('hashes the UTF-8 bytes of non-ASCII text, not its UTF-16 code units', async () => {
    expect(await getCspHash('é→😀')).toBe('sha256-yNt7BQ9DQ0TG6bnXBNT4SSIEV27sN62+iWblzY7Tva0=');
  });

  it('changes with one character of whitespace, as a browser would refuse the changed script', async () => {
    expect(await getCspHash('alert(1) ')).not.toBe(await getCspHash('alert(1)'));
  });
});
