/** A Content-Security-Policy hash source, without its quotes: `sha256-` and a base64 digest. */
export type CspHash = `sha256-${string}`;

/**
 * The hash source that lets exactly this inline script or style run under a content security policy: SHA-256 of its
 * UTF-8 text, base64-encoded (CSP Level 3, "hash-source"). Browsers hash the element's text as written, so pass the
 * exact text the page carries, whitespace included.
 *
 * @param source the text between `<script>` and `</script>` (or `<style>` and `</style>`)
 * @returns e.g. `sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=`
 * @example await getCspHash('alert(1)') // 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='
 */
export async function getCspHash(source: string): Promise<CspHash> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
