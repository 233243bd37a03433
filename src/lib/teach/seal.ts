/**
 * Wraps JSON in text that survives URLs, email and copy-paste, and notices when it arrives damaged:
 * `<payload length>.<checksum>.<base64url payload>`. The length tells a cut-off copy (truncated) from an
 * edited one (tampered). The checksum catches accidents and casual edits; it is not a signature, and
 * anyone who recomputes it can forge a seal, so nothing sealed here is proof.
 */
export type UnsealError = 'malformed' | 'truncated' | 'tampered';

export type UnsealResult = { ok: true; value: unknown } | { ok: false; error: UnsealError };

/** FNV-1a, 32 bits, in base 36: short, and plenty to catch a changed character. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Undefined when the input is not base64url of UTF-8 text. */
export function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function seal(value: unknown): string {
  const payload = toBase64Url(JSON.stringify(value));
  return `${payload.length.toString(36)}.${checksum(payload)}.${payload}`;
}

export function unseal(sealed: string): UnsealResult {
  if (!/^[\w.-]*$/.test(sealed)) return { ok: false, error: 'malformed' };
  const parts = sealed.split('.');
  if (parts.length < 3) return { ok: false, error: 'truncated' };
  const [length, sum, payload] = parts as [string, string, string];
  const declared = /^[0-9a-z]+$/.test(length) ? parseInt(length, 36) : NaN;
  if (parts.length === 3 && payload.length < declared) return { ok: false, error: 'truncated' };
  if (parts.length > 3 || payload.length !== declared || checksum(payload) !== sum)
    return { ok: false, error: 'tampered' };
  const json = fromBase64Url(payload);
  if (json === undefined) return { ok: false, error: 'tampered' };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: 'tampered' };
  }
}
