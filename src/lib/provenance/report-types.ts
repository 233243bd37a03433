/**
 * The plain-language readout of a file's Content Credentials, built by `buildReport` (report.ts) from
 * the SDK's manifest store. Widgets render this and nothing else; every string a learner reads is here
 * already explained.
 */

/** `none`: no Content Credentials; `valid`: intact; `invalid`: tampered or broken; `error`: unreadable. */
export type IntegrityStatus = 'none' | 'valid' | 'invalid' | 'error';

/** `recognized`: the signer chains to the C2PA trust list or an anchor the learner added. */
export type TrustStatus = 'recognized' | 'unrecognized' | '';

export interface ValidationIssue {
  /** The raw C2PA status code, e.g. `assertion.dataHash.mismatch`. */
  code: string;
  /** One sentence a 15-year-old understands, e.g. "The picture was changed after it was signed." */
  sentence: string;
  /** The engine's own technical explanation, shown beside the code. */
  explanation?: string;
  /** Where in the manifest the problem is (a JUMBF URI), for the technical view. */
  url?: string;
}

export interface DigitalSourceType {
  /** The full IPTC URI as written in the manifest. */
  uri: string;
  /** The last path part, e.g. `trainedAlgorithmicMedia`. */
  code: string;
  /** Plain words, e.g. "Made by generative AI". */
  label: string;
  /** True for the generative-AI values a platform label rule looks for. */
  generativeAI: boolean;
}

export interface ActionEntry {
  /** Raw action id, e.g. `c2pa.color_adjustments`. */
  action: string;
  /** Plain words, e.g. "Color adjusted". */
  label: string;
  /** The tool that did it, e.g. "Adobe Firefly", when the manifest names one. */
  softwareAgent?: string;
  digitalSourceType?: DigitalSourceType;
  /** Free text the tool wrote about the action, if any. */
  description?: string;
  when?: string;
}

/** A binary resource in the manifest store (thumbnail), fetched from the reader by identifier. */
export interface ResourceRef {
  format: string;
  identifier: string;
}

export interface SignerInfo {
  /** Organisation of the signing certificate's issuer, as c2pa-rs reports it (`signature_info.issuer`). */
  issuer?: string;
  /** Common name of the signing certificate. */
  commonName?: string;
  algorithm?: string;
}

export interface ClaimGenerator {
  /** Product name in plain words, e.g. "Adobe Photoshop". */
  name: string;
  version?: string;
  /** As written in the manifest (claim_generator or claim_generator_info). */
  raw: string;
}

export interface IngredientNode {
  title: string;
  format?: string;
  /** `parentOf` | `componentOf` | `inputTo` (or another value as written). */
  relationship: string;
  /** Plain words, e.g. "Edited from", "Placed into it", "Used as input". */
  relationshipLabel: string;
  thumbnail?: ResourceRef;
  /** Label of the ingredient's own manifest in the store, when it carried credentials. */
  manifestLabel?: string;
  /** The ingredient's own validation result: `none` when it carried no credentials. */
  status: Exclude<IntegrityStatus, 'error'>;
  issues: ValidationIssue[];
  signer?: SignerInfo;
  claimGenerator?: ClaimGenerator;
  actions: ActionEntry[];
  /** Ingredients of the ingredient's own manifest, recursively. */
  children: IngredientNode[];
}

export interface TrainingMiningEntry {
  /** e.g. `c2pa.ai_training`. */
  use: string;
  label: string;
  /** `allowed` | `notAllowed` | `constrained`. */
  permission: string;
  constraintInfo?: string;
}

export interface ProvenanceReport {
  fileName: string;
  /** Media type detected from the file's bytes. */
  format: string;
  status: IntegrityStatus;
  trust: TrustStatus;
  /** c2pa-rs validation state: Invalid, Valid (intact, signer not trusted) or Trusted. */
  validationState?: 'Invalid' | 'Valid' | 'Trusted';
  /** When status is `error` or the credentials could not be read: what to tell the learner. */
  errorMessage?: string;
  /** Credentials stored at a URL instead of in the file (not fetched: the site works offline). */
  remoteManifestUrl?: string;
  activeManifestLabel?: string;
  manifestCount: number;
  title?: string;
  signer: SignerInfo;
  /** Signing time, ISO 8601, when a trusted timestamp (RFC 3161) recorded it. */
  signedAt?: string;
  timestampTrusted: boolean;
  claimGenerator?: ClaimGenerator;
  /** A matching entry in the C2PA conforming-products list, when there is one. */
  conformingProduct?: { applicant: string; product: string; status: string };
  actions: ActionEntry[];
  /** Every distinct digitalSourceType in the active manifest's actions. */
  digitalSourceTypes: DigitalSourceType[];
  ingredients: IngredientNode[];
  thumbnail?: ResourceRef;
  /** Names from CAWG identity assertions or schema.org CreativeWork authors. */
  creators: string[];
  trainingMining: TrainingMiningEntry[];
  /** Every validation failure of the active manifest, explained (untrusted-signer included). */
  issues: ValidationIssue[];
  /** Rubric signal ids (without `signal_`) true for the active manifest, e.g. `fullyGenAIMedia`. */
  signals: string[];
  label: PlatformLabel;
}

export interface PlatformLabel {
  /** Would a platform that auto-labels from Content Credentials show "AI-generated"? */
  label: 'ai-generated' | 'none';
  /** Why, in one or two plain sentences. */
  reason: string;
  /** The digitalSourceType values that triggered the label. */
  triggeredBy: string[];
}
