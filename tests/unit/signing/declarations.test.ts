import { describe, expect, it } from 'vitest';
import {
  CLAIM_GENERATOR,
  COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
  DIGITAL_CAPTURE,
  TRAINED_ALGORITHMIC_MEDIA,
  contradicts,
  declarationIds,
  declaredSourceTypes,
  isDeclarationId,
  manifestDefinition,
  needsAIDisclosure,
  signedFileName,
  sourceTypeCode,
  type DeclarationId,
} from '../../../src/lib/signing/declarations';
import { describeDigitalSourceType } from '../../../src/lib/provenance/digital-source-type';

/** The learner's picture in the fixture: an AI-made robin, as in content/signing-demo/pictures.yaml. */
const robin = { fileName: 'robin.jpg', mimeType: 'image/jpeg', madeWith: 'ai' as const };
const rocket = { fileName: 'rocket.jpg', mimeType: 'image/jpeg', madeWith: 'camera' as const };

describe('manifestDefinition', () => {
  it('declares "made with a generative AI tool" as a created action with trainedAlgorithmicMedia', () => {
    expect(manifestDefinition(robin, 'ai-generated')).toEqual({
      claim_generator_info: [{ name: CLAIM_GENERATOR.name, version: CLAIM_GENERATOR.version }],
      title: 'robin.jpg',
      format: 'image/jpeg',
      assertions: [
        {
          label: 'c2pa.actions.v2',
          data: {
            actions: [
              {
                action: 'c2pa.created',
                digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
                description: 'Made with a generative AI tool, as declared by the creator.',
              },
            ],
            allActionsIncluded: true,
          },
        },
      ],
    });
  });

  it.each<[DeclarationId, string[]]>([
    ['ai-generated', ['c2pa.created']],
    ['ai-edited', ['c2pa.created', 'c2pa.edited']],
    ['camera-edited', ['c2pa.created', 'c2pa.edited']],
    ['camera', ['c2pa.created']],
  ])('%s starts with c2pa.created, as the standard requires, and lists %o', (id, expected) => {
    const actions = manifestDefinition(rocket, id).assertions[0]!.data.actions;
    expect(actions.map((action) => action.action)).toEqual(expected);
    expect(actions[0]!.digitalSourceType).toBeDefined();
  });

  it('writes the source types letter for letter as the official IPTC values', () => {
    expect(declaredSourceTypes('ai-generated')).toEqual([TRAINED_ALGORITHMIC_MEDIA]);
    expect(declaredSourceTypes('ai-edited')).toEqual([DIGITAL_CAPTURE, COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA]);
    expect(declaredSourceTypes('camera-edited')).toEqual([DIGITAL_CAPTURE]);
    expect(declaredSourceTypes('camera')).toEqual([DIGITAL_CAPTURE]);
    for (const id of declarationIds)
      for (const uri of declaredSourceTypes(id))
        expect(describeDigitalSourceType(uri).label).not.toMatch(/Not a standard|not written as the official/);
  });

  it('marks generative AI exactly where the declaration says AI was used', () => {
    const generative = (id: DeclarationId) =>
      declaredSourceTypes(id).some((uri) => describeDigitalSourceType(uri).generativeAI);
    expect(declarationIds.filter(generative)).toEqual(['ai-generated', 'ai-edited']);
    expect(declarationIds.filter(needsAIDisclosure)).toEqual(['ai-generated', 'ai-edited']);
  });

  it('does not share action objects between calls', () => {
    const first = manifestDefinition(robin, 'camera');
    first.assertions[0]!.data.actions[0]!.description = 'changed';
    expect(manifestDefinition(robin, 'camera').assertions[0]!.data.actions[0]!.description).not.toBe('changed');
  });
});

describe('contradicts', () => {
  it('flags a declaration that does not match how the picture was made', () => {
    expect(declarationIds.filter((id) => contradicts(robin, id))).toEqual(['ai-edited', 'camera-edited', 'camera']);
    expect(declarationIds.filter((id) => contradicts(rocket, id))).toEqual(['ai-generated']);
  });
});

describe('small helpers', () => {
  it('names the signed copy', () => {
    expect(signedFileName('robin.jpg')).toBe('robin-signed-demo.jpg');
    expect(signedFileName('archive.tar.png')).toBe('archive.tar-signed-demo.png');
    expect(signedFileName('noext')).toBe('noext-signed-demo');
  });

  it('shortens a source type to its code', () => {
    expect(sourceTypeCode(TRAINED_ALGORITHMIC_MEDIA)).toBe('trainedAlgorithmicMedia');
  });

  it('recognises declaration ids', () => {
    expect(isDeclarationId('camera')).toBe(true);
    expect(isDeclarationId('selfie')).toBe(false);
    expect(isDeclarationId(3)).toBe(false);
  });
});
