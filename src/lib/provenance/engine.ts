/**
 * The only module that touches the C2PA SDK. It runs c2pa-rs (WebAssembly) inside the SDK's web worker,
 * loaded on first use only: the engine is about 8 MB, so no page pays for it until a file is read.
 */
import type { C2paSdk, Settings, Signer } from '@contentauth/c2pa-web';
import type { ManifestDefinition, ManifestStore } from '@contentauth/c2pa-types';

export interface EngineResult {
  /** Null when the file carries no Content Credentials. */
  store: ManifestStore | null;
  crJson: unknown;
  /** Thumbnails and other resources by identifier, as object URLs the caller must revoke. */
  resources: Map<string, string>;
}

/** The SDK refuses files above 1 GB (10^9 bytes). */
export const MAX_FILE_BYTES = 10 ** 9;

let sdk: Promise<C2paSdk> | undefined;
let trustList: Promise<string> | undefined;

async function createEngine(): Promise<C2paSdk> {
  const [{ createC2pa }, { default: wasmSrc }] = await Promise.all([
    import('@contentauth/c2pa-web'),
    import('@contentauth/c2pa-web/resources/c2pa.wasm?url'),
  ]);
  return createC2pa({ wasmSrc });
}

/** Starts the engine on first use, then reuses it; calling it early overlaps the start with other work. */
export function loadEngine(): Promise<C2paSdk> {
  sdk ??= createEngine();
  sdk.catch(() => (sdk = undefined));
  return sdk;
}

/** The official C2PA trust list, served by this site (never fetched from elsewhere). */
function loadTrustList(): Promise<string> {
  trustList ??= fetch('/trust/c2pa-trust-list.pem').then((response) => {
    if (!response.ok) throw new Error(`The C2PA trust list could not be loaded (${response.status})`);
    return response.text();
  });
  trustList.catch(() => (trustList = undefined));
  return trustList;
}

async function readerSettings(userAnchors: string | undefined): Promise<Settings> {
  const settings = {
    trust: { trustAnchors: await loadTrustList(), ...(userAnchors ? { userAnchors } : {}) },
    // Credentials stored at a URL are shown, never fetched: the file and everything about it stay here.
    verify: { verifyTrust: true, remoteManifestFetch: false, ocspFetch: false },
  };
  // The SDK types list only some of c2pa-rs's settings; it passes the rest through unchanged.
  return settings as Settings;
}

/** Stops a read in progress by ending the worker; the next read starts a fresh engine. */
export async function cancelReading(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  if (running) (await running.catch(() => undefined))?.dispose();
}

function resourceIds(store: ManifestStore): string[] {
  const ids = new Set<string>();
  for (const manifest of Object.values(store.manifests ?? {})) {
    if (manifest.thumbnail?.identifier) ids.add(manifest.thumbnail.identifier);
    for (const ingredient of manifest.ingredients ?? []) {
      if (ingredient.thumbnail?.identifier) ids.add(ingredient.thumbnail.identifier);
    }
  }
  return [...ids];
}

export async function readWithEngine(
  file: Blob,
  mimeType: string,
  options: { userAnchors?: string } = {},
): Promise<EngineResult> {
  const [c2pa, settings] = await Promise.all([loadEngine(), readerSettings(options.userAnchors)]);
  const reader = await c2pa.reader.fromBlob(mimeType, file, settings);
  if (!reader) return { store: null, crJson: null, resources: new Map() };
  try {
    const store = await reader.manifestStore();
    const crJson: unknown = await reader.crJson();
    const resources = new Map<string, string>();
    for (const id of resourceIds(store)) {
      try {
        const bytes = await reader.resourceToBytes(id);
        const format = findResourceFormat(store, id);
        resources.set(id, URL.createObjectURL(new Blob([bytes], { type: format })));
      } catch {
        // A missing thumbnail is not worth failing the readout for.
      }
    }
    return { store, crJson, resources };
  } finally {
    await reader.free();
  }
}

/**
 * Signs `asset` with a manifest built from `definition`, in the engine's worker; `signer` runs on this side
 * (the engine sends it the bytes to sign). Returns the signed file's bytes.
 */
export async function signWithEngine(
  definition: ManifestDefinition,
  signer: Signer,
  mimeType: string,
  asset: Blob,
): Promise<Uint8Array<ArrayBuffer>> {
  const c2pa = await loadEngine();
  const builder = await c2pa.builder.fromDefinition(definition);
  try {
    return await builder.sign(signer, mimeType, asset);
  } finally {
    await builder.free();
  }
}

function findResourceFormat(store: ManifestStore, id: string): string {
  for (const manifest of Object.values(store.manifests ?? {})) {
    if (manifest.thumbnail?.identifier === id) return manifest.thumbnail.format;
    for (const ingredient of manifest.ingredients ?? []) {
      if (ingredient.thumbnail?.identifier === id) return ingredient.thumbnail.format;
    }
  }
  return 'application/octet-stream';
}
