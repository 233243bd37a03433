/**
 * Turns the SDK's manifest store into the plain-language readout widgets render. Pure: no SDK at run
 * time, no DOM. Every value taken from a manifest is checked to be a string before it is used, because
 * a manifest is data from an unknown file.
 */
import type {
  Ingredient,
  Manifest,
  ManifestStore,
  ResourceRef as SdkResourceRef,
  ValidationResults,
  ValidationStatus,
} from '@contentauth/c2pa-types';
import { actionLabel, relationshipLabel } from './actions';
import { findConformingProduct } from './conforming-product';
import { describeDigitalSourceType } from './digital-source-type';
import { describeFailure } from './explain-failure';
import { noCredentialsLabel, platformLabel, unreadableLabel } from './label';
import type {
  ActionEntry,
  ClaimGenerator,
  DigitalSourceType,
  IngredientNode,
  IntegrityStatus,
  PlatformLabel,
  ProvenanceReport,
  ResourceRef,
  SignerInfo,
  TrainingMiningEntry,
} from './report-types';

export interface ReportInput {
  fileName: string;
  /** Media type detected from the file's bytes. */
  format: string;
  /** The engine's manifest store; null when the file carries no Content Credentials. */
  store: ManifestStore | null;
  /** Rubric signal ids true for the active manifest, computed from the crJSON elsewhere. */
  signals?: string[];
  /** What the engine threw, when it could not read the file. */
  error?: unknown;
  /** A `dcterms:provenance` URL found in the file's metadata: credentials stored online. */
  remoteManifestUrl?: string;
}

// Only says the signer is not on the trust list: the credentials themselves are intact.
const UNTRUSTED = 'signingCredential.untrusted';
// c2pa-wasm throws this where c2pa-web returns null: the file simply has no credentials.
const NO_CREDENTIALS = /JumbfNotFound/;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Assertion labels may carry an instance suffix (`c2pa.actions.v2__1`). */
function baseLabel(label: string): string {
  return label.replace(/__\d+$/, '');
}

function baseReport(input: ReportInput, status: IntegrityStatus, label: PlatformLabel): ProvenanceReport {
  return {
    fileName: input.fileName,
    format: input.format,
    status,
    trust: '',
    manifestCount: 0,
    signer: {},
    timestampTrusted: false,
    actions: [],
    digitalSourceTypes: [],
    ingredients: [],
    creators: [],
    trainingMining: [],
    issues: [],
    signals: [...(input.signals ?? [])],
    label,
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  return String(error);
}

function unreadableMessage(error: string, remoteManifestUrl: string | undefined): string {
  if (remoteManifestUrl) {
    return `This file’s Content Credentials are stored online, at ${remoteManifestUrl}, not inside the file. They were not fetched, because everything here stays on your device.`;
  }
  if (error.includes('RemoteManifest')) {
    return 'This file says its Content Credentials are stored online, not inside the file. They were not fetched, because everything here stays on your device.';
  }
  if (/unsupported/i.test(error)) {
    return 'This kind of file cannot be checked for Content Credentials here. Try a photo, video, audio file or PDF.';
  }
  return `The file could not be read: it may be damaged or cut short, or its credentials are broken. (The engine said: ${error})`;
}

function unreadableReport(input: ReportInput, error: string): ProvenanceReport {
  // With remote fetching off, c2pa-rs names the URL itself: RemoteManifestUrl("https://…").
  const remoteManifestUrl = input.remoteManifestUrl ?? /RemoteManifestUrl\("([^"]+)"\)/.exec(error)?.[1];
  return {
    ...baseReport(input, 'error', unreadableLabel),
    errorMessage: unreadableMessage(error, remoteManifestUrl),
    remoteManifestUrl,
  };
}

/** The failures of one manifest: v3 `validation_results` when present, else the legacy list. */
function failuresOf(
  results: ValidationResults | null | undefined,
  legacy: ValidationStatus[] | null | undefined,
): ValidationStatus[] {
  return results?.activeManifest?.failure ?? legacy ?? [];
}

function integrityOf(failures: readonly ValidationStatus[]): 'valid' | 'invalid' {
  return failures.some((failure) => failure.code !== UNTRUSTED) ? 'invalid' : 'valid';
}

function resourceRef(ref: SdkResourceRef | null | undefined): ResourceRef | undefined {
  return ref ? { format: ref.format, identifier: ref.identifier } : undefined;
}

function signerOf(manifest: Manifest): SignerInfo {
  const info = manifest.signature_info;
  return { issuer: text(info?.issuer), commonName: text(info?.common_name), algorithm: text(info?.alg) };
}

/** "Adobe_Photoshop" → "Adobe Photoshop": claim generator names may not contain spaces. */
function productName(name: string): string {
  return name.replace(/_/g, ' ').trim();
}

function claimGeneratorOf(manifest: Manifest): ClaimGenerator | undefined {
  const legacy = text(manifest.claim_generator);
  const info = manifest.claim_generator_info?.[0];
  const infoName = text(info?.name);
  if (infoName) {
    const version = text(info?.version);
    return { name: productName(infoName), version, raw: legacy ?? (version ? `${infoName}/${version}` : infoName) };
  }
  if (!legacy) return undefined;
  // Legacy form: "Name/version (details) library/version …"; the first token is the product.
  const first = legacy.split(' ')[0] ?? legacy;
  const slash = first.indexOf('/');
  return {
    name: productName(slash < 0 ? first : first.slice(0, slash)),
    version: slash < 0 ? undefined : text(first.slice(slash + 1)),
    raw: legacy,
  };
}

function softwareAgentName(agent: unknown): string | undefined {
  if (typeof agent === 'string') return text(agent);
  if (!isRecord(agent)) return undefined;
  const name = text(agent.name);
  const version = text(agent.version);
  return name && version ? `${name} ${version}` : name;
}

function actionEntry(action: Json, id: string, softwareAgents: readonly unknown[]): ActionEntry {
  const uri = text(action.digitalSourceType);
  const source = uri ? describeDigitalSourceType(uri) : undefined;
  const parameters = isRecord(action.parameters) ? action.parameters : {};
  // Actions v2 may name their tool by index into the assertion's softwareAgents list.
  const agent =
    action.softwareAgent ??
    (typeof action.softwareAgentIndex === 'number' ? softwareAgents[action.softwareAgentIndex] : undefined);
  return {
    action: id,
    label: actionLabel(id, source),
    softwareAgent: softwareAgentName(agent),
    digitalSourceType: source,
    // v1 actions (e.g. Photoshop 2023) keep their description among the parameters.
    description: text(action.description) ?? text(parameters.description),
    when: text(action.when),
  };
}

/** Actions from `c2pa.actions` and `c2pa.actions.v2` alike: a label rule reads both. */
function actionsOf(manifest: Manifest): ActionEntry[] {
  return (manifest.assertions ?? []).flatMap((assertion) => {
    const label = baseLabel(assertion.label);
    const data = assertion.data;
    if ((label !== 'c2pa.actions' && label !== 'c2pa.actions.v2') || !isRecord(data) || !Array.isArray(data.actions)) {
      return [];
    }
    const softwareAgents = Array.isArray(data.softwareAgents) ? data.softwareAgents : [];
    return data.actions.flatMap((action: unknown) => {
      if (!isRecord(action)) return [];
      const id = text(action.action);
      return id ? [actionEntry(action, id, softwareAgents)] : [];
    });
  });
}

function distinctSources(actions: readonly ActionEntry[]): DigitalSourceType[] {
  const byUri = new Map<string, DigitalSourceType>();
  for (const { digitalSourceType } of actions) {
    if (digitalSourceType && !byUri.has(digitalSourceType.uri)) byUri.set(digitalSourceType.uri, digitalSourceType);
  }
  return [...byUri.values()];
}

function ingredientNode(ingredient: Ingredient, store: ManifestStore, ancestors: ReadonlySet<string>): IngredientNode {
  const manifestLabel = text(ingredient.active_manifest);
  const failures = failuresOf(ingredient.validation_results, ingredient.validation_status);
  // A manifest already on the path from the active one would make the tree endless.
  const manifest = manifestLabel && !ancestors.has(manifestLabel) ? store.manifests?.[manifestLabel] : undefined;
  const relationship = text(ingredient.relationship) ?? 'componentOf';
  return {
    title: text(ingredient.title) ?? 'Untitled',
    format: text(ingredient.format),
    relationship,
    relationshipLabel: relationshipLabel(relationship),
    thumbnail: resourceRef(ingredient.thumbnail),
    manifestLabel,
    status: manifestLabel ? integrityOf(failures) : 'none',
    issues: failures.map(describeFailure),
    signer: manifest && signerOf(manifest),
    claimGenerator: manifest && claimGeneratorOf(manifest),
    actions: manifest ? actionsOf(manifest) : [],
    children: manifest && manifestLabel ? ingredientsOf(manifest, store, new Set([...ancestors, manifestLabel])) : [],
  };
}

function ingredientsOf(manifest: Manifest, store: ManifestStore, ancestors: ReadonlySet<string>): IngredientNode[] {
  return (manifest.ingredients ?? []).map((ingredient) => ingredientNode(ingredient, store, ancestors));
}

function assertionsNamed(manifest: Manifest, labels: readonly string[]): unknown[] {
  return (manifest.assertions ?? [])
    .filter((assertion) => labels.includes(baseLabel(assertion.label)))
    .map((assertion) => assertion.data);
}

function authorNames(creativeWork: unknown): string[] {
  if (!isRecord(creativeWork)) return [];
  const authors: unknown[] = Array.isArray(creativeWork.author) ? creativeWork.author : [creativeWork.author];
  return authors.flatMap((author) => text(author) ?? (isRecord(author) ? text(author.name) : undefined) ?? []);
}

/**
 * c2pa-rs replaces a validated identity assertion with a summary: `named_actor` is either a verifiable
 * credential listing `verifiedIdentities` or an X.509 report with the certificate's `signature_info`.
 */
function identityNames(identity: unknown): string[] {
  const actor = isRecord(identity) ? identity.named_actor : undefined;
  if (!isRecord(actor)) return [];
  if (Array.isArray(actor.verifiedIdentities)) {
    return actor.verifiedIdentities.flatMap((verified: unknown) => {
      if (!isRecord(verified)) return [];
      const who = text(verified.name) ?? text(verified.username);
      const provider = isRecord(verified.provider) ? text(verified.provider.name) : undefined;
      return who ? [provider ? `${who} (${provider})` : who] : [];
    });
  }
  const certificate = isRecord(actor.signature_info) ? actor.signature_info : {};
  const name = text(certificate.common_name) ?? text(certificate.issuer);
  return name ? [name] : [];
}

function creatorsOf(manifest: Manifest): string[] {
  const names = [
    ...assertionsNamed(manifest, ['cawg.identity']).flatMap(identityNames),
    ...assertionsNamed(manifest, ['stds.schema-org.CreativeWork']).flatMap(authorNames),
  ];
  return [...new Set(names)];
}

const trainingUses: Record<string, string> = {
  ai_generative_training: 'Training generative AI',
  ai_training: 'Training AI models',
  ai_inference: 'Giving it to an AI as input',
  data_mining: 'Data mining',
};

function trainingMiningOf(manifest: Manifest): TrainingMiningEntry[] {
  return assertionsNamed(manifest, ['c2pa.training-mining', 'cawg.training-mining']).flatMap((data) => {
    const entries = isRecord(data) && isRecord(data.entries) ? data.entries : {};
    return Object.entries(entries).flatMap(([use, entry]) => {
      if (!isRecord(entry)) return [];
      const permission = text(entry.use);
      if (!permission) return [];
      return [
        {
          use,
          label: trainingUses[use.slice(use.indexOf('.') + 1)] ?? use,
          permission,
          constraintInfo: text(entry.constraint_info),
        },
      ];
    });
  });
}

/** Non-standard assertions that claim AI use, such as early Firefly's `com.adobe.generative-ai`. */
function customAIMarkers(manifest: Manifest): string[] {
  return (manifest.assertions ?? [])
    .map((assertion) => baseLabel(assertion.label))
    .filter((label) => !label.startsWith('c2pa.') && /generative[-_]?ai/i.test(label));
}

export function buildReport(input: ReportInput): ProvenanceReport {
  if (input.error !== undefined) {
    const error = errorText(input.error);
    return NO_CREDENTIALS.test(error) ? baseReport(input, 'none', noCredentialsLabel) : unreadableReport(input, error);
  }
  const store = input.store;
  if (!store) return baseReport(input, 'none', noCredentialsLabel);

  const activeManifestLabel = text(store.active_manifest);
  const active = activeManifestLabel ? store.manifests?.[activeManifestLabel] : undefined;
  if (!activeManifestLabel || !active) {
    return {
      ...baseReport(input, 'error', unreadableLabel),
      errorMessage:
        'The file has Content Credentials, but they do not say which record is the current one, so they cannot be read.',
    };
  }

  const failures = failuresOf(store.validation_results, store.validation_status);
  // Older engines report no state: derive it from the failures the way c2pa-rs does.
  const validationState = store.validation_state ?? (integrityOf(failures) === 'invalid' ? 'Invalid' : 'Valid');
  const actions = actionsOf(active);
  const signer = signerOf(active);
  // c2pa-rs gives a time only from an RFC 3161 timestamp that matched the signature (none in E-sig-CA.jpg).
  const signedAt = text(active.signature_info?.time);

  return {
    ...baseReport(
      input,
      validationState === 'Invalid' ? 'invalid' : 'valid',
      platformLabel(actions, customAIMarkers(active)),
    ),
    trust: validationState === 'Trusted' ? 'recognized' : 'unrecognized',
    validationState,
    activeManifestLabel,
    manifestCount: Object.keys(store.manifests ?? {}).length,
    title: text(active.title),
    signer,
    signedAt,
    timestampTrusted: signedAt !== undefined,
    claimGenerator: claimGeneratorOf(active),
    conformingProduct: findConformingProduct(signer),
    actions,
    digitalSourceTypes: distinctSources(actions),
    ingredients: ingredientsOf(active, store, new Set([activeManifestLabel])),
    thumbnail: resourceRef(active.thumbnail),
    creators: creatorsOf(active),
    trainingMining: trainingMiningOf(active),
    issues: failures.map(describeFailure),
  };
}
