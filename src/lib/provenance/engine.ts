/**
 * The only module that touches the C2PA SDK. It runs c2pa-rs (WebAssembly) inside the SDK's web worker,
 * loaded on first use only: the engine is about 8 MB, so no page pays for it until a file is read. A read is
 * stopped if it runs far too long, and an engine that read damaged credentials or a large file, failed, or was
 * cancelled is replaced by a fresh one (see engine-health.ts for why).
 */
import type { C2paSdk, Settings, Signer } from '@contentauth/c2pa-web';
import type { ManifestDefinition, ManifestStore } from '@contentauth/c2pa-types';
import { isEngineFault, leftEngineSound, readTimeLimitMs } from './engine-health';
import type { inspectorText } from '../ui/strings';

export interface EngineResult {
  /** Null when the file carries no Content Credentials. */
  store: ManifestStore | null;
  crJson: unknown;
  /** Thumbnails and other resources by identifier, as object URLs the caller must revoke. */
  resources: Map<string, string>;
}

/** The SDK refuses files above 1 GB (10^9 bytes). */
export const MAX_FILE_BYTES = 10 ** 9;

/** The engine in use. */
let sdk: Promise<C2paSdk> | undefined;
/** A fresh engine kept ready once one has had to be replaced, so that the next replacement costs nothing. */
let spare: Promise<C2paSdk> | undefined;
let compiled: Promise<WebAssembly.Module> | undefined;
let trustList: Promise<string> | undefined;

/**
 * The engine's code, compiled once per page, so a replacement engine (after a cancel, or a read that went
 * wrong) starts in a tenth of a second instead of compiling 8 MB again. The code comes from this site, so the
 * integrity check the SDK makes when it fetches the code itself would add nothing.
 */
function compileEngine(): Promise<WebAssembly.Module> {
  compiled ??= import('@contentauth/c2pa-web/resources/c2pa.wasm?url').then(({ default: url }) =>
    WebAssembly.compileStreaming(fetch(url)),
  );
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

async function createEngine(): Promise<C2paSdk> {
  const [{ createC2pa }, wasmSrc] = await Promise.all([import('@contentauth/c2pa-web'), compileEngine()]);
  return createC2pa({ wasmSrc });
}

/** A new engine, forgotten if it fails to start so that the next read tries again. */
function startEngine(): Promise<C2paSdk> {
  const engine = createEngine();
  engine.catch(() => {
    if (sdk === engine) sdk = undefined;
    if (spare === engine) spare = undefined;
  });
  return engine;
}

/** Starts the engine on first use, then reuses it. */
function loadEngine(): Promise<C2paSdk> {
  sdk ??= startEngine();
  return sdk;
}

/** Puts the spare in place of `running` (unless a cancel already replaced it) and starts a new spare. */
function retire(running: Promise<C2paSdk>) {
  if (sdk !== running) return;
  sdk = spare ?? startEngine();
  spare = startEngine();
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

/** Stops a read in progress by ending the worker; the next read has a fresh engine. */
export async function cancelReading(): Promise<void> {
  const running = sdk;
  if (!running) return;
  retire(running);
  (await running.catch(() => undefined))?.dispose();
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

/** Thrown when a read outlived its time limit; the engine that was reading it is gone. */
export const TIMED_OUT = 'timedOut' satisfies keyof typeof inspectorText.fileErrors;
/** Thrown when the engine itself failed (a trap, running out of memory); it has been replaced. */
export const ENGINE_FAULT = 'engineFault' satisfies keyof typeof inspectorText.fileErrors;

async function readStore(c2pa: C2paSdk, file: Blob, mimeType: string, settings: Settings): Promise<EngineResult> {
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
    // After a fault, freeing can fail too; the first error is the one worth reporting.
    await reader.free().catch(() => undefined);
  }
}

function timeLimit(ms: number): { expired: Promise<never>; clear: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(TIMED_OUT)), ms)));
  return { expired, clear: () => clearTimeout(timer) };
}

export async function readWithEngine(
  file: Blob,
  mimeType: string,
  options: { userAnchors?: string } = {},
): Promise<EngineResult> {
  const running = loadEngine();
  const [c2pa, settings] = await Promise.all([running, readerSettings(options.userAnchors)]);
  // The clock starts once the engine is running, so its download and start-up do not count.
  const limit = timeLimit(readTimeLimitMs(file.size));
  try {
    const result = await Promise.race([readStore(c2pa, file, mimeType, settings), limit.expired]);
    if (!leftEngineSound(result.store, file.size)) {
      retire(running);
      c2pa.dispose();
    }
    return result;
  } catch (error) {
    retire(running);
    c2pa.dispose();
    const explained = (error instanceof Error && error.message === TIMED_OUT) || !isEngineFault(error);
    throw explained ? error : new Error(ENGINE_FAULT, { cause: error });
  } finally {
    limit.clear();
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
