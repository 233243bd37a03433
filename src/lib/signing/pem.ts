/** PEM text to DER bytes: every block of the given kind, in order. */
export function pemBlocks(pem: string, kind: 'CERTIFICATE' | 'PRIVATE KEY'): Uint8Array<ArrayBuffer>[] {
  const pattern = new RegExp(`-----BEGIN ${kind}-----([A-Za-z0-9+/=\\s]+)-----END ${kind}-----`, 'g');
  return [...pem.matchAll(pattern)].map((match) => {
    const binary = atob((match[1] ?? '').replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  });
}
