/**
 * What a creator can declare about a picture, and the Content Credentials manifest each declaration becomes.
 * Pure: the widget turns the learner's two choices into a manifest definition here, then hands it to the engine.
 */
import { IPTC } from '../provenance/digital-source-type';

export const declarationIds = ['ai-generated', 'ai-edited', 'camera-edited', 'camera'] as const;
export type DeclarationId = (typeof declarationIds)[number];

export const TRAINED_ALGORITHMIC_MEDIA = `${IPTC}trainedAlgorithmicMedia`;
export const COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA = `${IPTC}compositeWithTrainedAlgorithmicMedia`;
export const DIGITAL_CAPTURE = `${IPTC}digitalCapture`;

export interface DeclaredAction {
  action: 'c2pa.created' | 'c2pa.edited';
  digitalSourceType?: string;
  description: string;
}

export interface Declaration {
  id: DeclarationId;
  /** Does the declaration say generative AI made all (`full`) or part (`part`) of the picture? */
  ai: 'full' | 'part' | 'none';
  actions: readonly DeclaredAction[];
}

export const declarations: Record<DeclarationId, Declaration> = {
  'ai-generated': {
    id: 'ai-generated',
    ai: 'full',
    actions: [
      {
        action: 'c2pa.created',
        digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
        description: 'Made with a generative AI tool, as declared by the creator.',
      },
    ],
  },
  'ai-edited': {
    id: 'ai-edited',
    ai: 'part',
    actions: [
      {
        action: 'c2pa.created',
        digitalSourceType: DIGITAL_CAPTURE,
        description: 'Captured with a camera, as declared by the creator.',
      },
      {
        action: 'c2pa.edited',
        digitalSourceType: COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
        description: 'Part of the picture changed with a generative AI tool, as declared by the creator.',
      },
    ],
  },
  'camera-edited': {
    id: 'camera-edited',
    ai: 'none',
    actions: [
      {
        action: 'c2pa.created',
        digitalSourceType: DIGITAL_CAPTURE,
        description: 'Captured with a camera, as declared by the creator.',
      },
      {
        action: 'c2pa.edited',
        description: 'Cropped or colour-adjusted without generative AI, as declared by the creator.',
      },
    ],
  },
  camera: {
    id: 'camera',
    ai: 'none',
    actions: [
      {
        action: 'c2pa.created',
        digitalSourceType: DIGITAL_CAPTURE,
        description: 'Captured with a camera and not edited, as declared by the creator.',
      },
    ],
  },
};

export function isDeclarationId(value: unknown): value is DeclarationId {
  return typeof value === 'string' && (declarationIds as readonly string[]).includes(value);
}

/** The digitalSourceType values a declaration writes, in order, without repeats. */
export function declaredSourceTypes(id: DeclarationId): string[] {
  return [...new Set(declarations[id].actions.flatMap((action) => action.digitalSourceType ?? []))];
}

/** The last part of a digitalSourceType URI, e.g. `trainedAlgorithmicMedia`. */
export function sourceTypeCode(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

export interface PictureFacts {
  /** Used for the signed file's title and name. */
  fileName: string;
  /** The picture's media type, e.g. `image/jpeg`. */
  mimeType: string;
  /** How the picture was really made, as far as this course knows. */
  madeWith: 'ai' | 'camera';
}

export const CLAIM_GENERATOR = { name: 'Look Closer signing demo', version: '1.0' } as const;

/** The manifest definition (the c2pa-rs Builder's JSON) for a picture and a declaration. */
export function manifestDefinition(picture: PictureFacts, id: DeclarationId) {
  return {
    claim_generator_info: [{ ...CLAIM_GENERATOR }],
    title: picture.fileName,
    format: picture.mimeType,
    assertions: [
      {
        label: 'c2pa.actions.v2',
        data: {
          actions: declarations[id].actions.map((action) => ({ ...action })),
          allActionsIncluded: true,
        },
      },
    ],
  };
}

/** The signed copy's file name: `robin.jpg` becomes `robin-signed-demo.jpg`. */
export function signedFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-signed-demo${fileName.slice(dot)}` : `${fileName}-signed-demo`;
}

/**
 * Does the declaration contradict what the course knows about the picture? The signature is valid either way:
 * that is the point the widget makes when this is true.
 */
export function contradicts(picture: Pick<PictureFacts, 'madeWith'>, id: DeclarationId): boolean {
  const { ai } = declarations[id];
  return picture.madeWith === 'ai' ? ai !== 'full' : ai === 'full';
}

/** Should the creator also switch on a platform's AI disclosure when posting? */
export function needsAIDisclosure(id: DeclarationId): boolean {
  return declarations[id].ai !== 'none';
}
