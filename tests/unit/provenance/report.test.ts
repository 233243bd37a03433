import { readdirSync } from 'node:fs';
import type { ManifestStore } from '@contentauth/c2pa-types';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../src/lib/provenance/report';
import type { IngredientNode, ProvenanceReport } from '../../../src/lib/provenance/report-types';
import { fixturesDir, manifestRows, readings, type ManifestRow, type Reading } from './fixtures/c2pa-fixtures';

const rows = manifestRows();

function report(row: ManifestRow, reading: Reading, extra: Partial<ReportInput> = {}): ProvenanceReport {
  return buildReport({ fileName: row.file ?? '', format: row.format ?? '', ...reading, ...extra });
}

const list = (cell: string | undefined, separator = ', ') => (cell ? cell.split(separator) : []);

/** "2: parentOf:a.jpg; componentOf:b.webp" → ["parentOf:a.jpg", "componentOf:b.webp"]; "0" → []. */
function ingredientsCell(cell: string | undefined): string[] {
  const [, entries] = /^\d+: (.*)$/.exec(cell ?? '') ?? [];
  return list(entries, '; ');
}

function find(nodes: readonly IngredientNode[], title: string): IngredientNode {
  const node = nodes.find((candidate) => candidate.title === title);
  if (!node) throw new Error(`no ingredient titled ${title}`);
  return node;
}

// The platform label each file should get: AI only for official generative-AI values in active actions.
const expectedLabels: Record<string, 'ai-generated' | 'none'> = {
  'C.jpg': 'none',
  'CA.jpg': 'none',
  'CIE-sig-CA.jpg': 'none',
  'E-sig-CA.jpg': 'none',
  'XCA.jpg': 'none',
  'adobe-20220124-CAIAIIICAICIICAIICICA.jpg': 'none',
  'c2pa-actions-1.2.png': 'none',
  'cloud.jpg': 'none',
  'composite-dst.jpg': 'none',
  'firefly-1.jpg': 'none',
  'gen-ai-created.gif': 'ai-generated',
  'gen-ai-created.heic': 'ai-generated',
  'gen-ai-created.jpg': 'ai-generated',
  'gen-ai-created.mp3': 'ai-generated',
  'gen-ai-created.svg': 'ai-generated',
  'gen-ai-created.webp': 'ai-generated',
  'gen-camera-capture.jpg': 'none',
  'gen-capture.m4a': 'none',
  'gen-capture.mp4': 'none',
  'gen-capture.tiff': 'none',
  'gen-capture.wav': 'none',
  'gen-composite-ai.jpg': 'ai-generated',
  'gen-created.pdf': 'none',
  'gen-edited-chain.jpg': 'none',
  'gen-fill.jpg': 'ai-generated',
  'gen-selfsigned.jpg': 'none',
  'gen-tampered.jpg': 'ai-generated',
  'no_manifest.jpg': 'none',
  'ts-signed.png': 'none',
  'video1.mp4': 'none',
};

describe('the fixtures', () => {
  it('lists every media file in MANIFEST.tsv and in the label table', () => {
    const media = readdirSync(fixturesDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(md|tsv)$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(rows.map((row) => row.file).sort()).toEqual(media);
    expect(Object.keys(expectedLabels).sort()).toEqual(media);
    expect(media).toHaveLength(30);
  });
});

describe.each(rows.filter((row) => !row.state_default?.startsWith('ERROR')))('buildReport: $file', (row) => {
  const file = row.file ?? '';
  const { standard, anchored } = readings(file);
  const plain = report(row, standard, { signals: ['ambiguousActions'] });
  const trusted = report(row, anchored);

  it('names the active manifest, its signer and its claim generator', () => {
    expect(plain.fileName).toBe(file);
    expect(plain.format).toBe(row.format);
    expect(plain.activeManifestLabel).toBe(row.active_manifest);
    expect(plain.manifestCount).toBe(Number(row.manifests_in_store));
    expect(plain.claimGenerator?.raw).toBe(row.claim_generator);
    expect(plain.signer).toEqual({ issuer: row.signer_issuer_O, commonName: row.signer_CN, algorithm: row.alg });
  });

  it('keeps the signing time only when a timestamp recorded it', () => {
    const time = row.tsa_time === '(no TSA timestamp)' ? undefined : row.tsa_time;
    expect(plain.signedAt).toBe(time);
    expect(plain.timestampTrusted).toBe(time !== undefined);
  });

  it('lists the ingredients, actions, source types and thumbnail', () => {
    expect(plain.ingredients.map((node) => `${node.relationship}:${node.title}`)).toEqual(
      ingredientsCell(row.ingredients),
    );
    expect(plain.ingredients).toHaveLength(Number(/^\d+/.exec(row.ingredients ?? '')?.[0]));
    expect(plain.actions.map((entry) => entry.action)).toEqual(list(row.actions));
    expect(plain.digitalSourceTypes.map((source) => source.code)).toEqual(list(row.digitalSourceType));
    expect(plain.thumbnail !== undefined).toBe(row.thumbnail === 'yes');
  });

  it('reports the validation state and every failure with no trust anchors', () => {
    expect(plain.validationState).toBe(row.state_default);
    expect(plain.status).toBe(row.state_default === 'Invalid' ? 'invalid' : 'valid');
    expect(plain.trust).toBe('unrecognized');
    expect(plain.issues.map((issue) => issue.code)).toEqual(list(row.failures_default));
    for (const issue of plain.issues) expect(issue.sentence).toMatch(/^[A-Z].*\.$/);
  });

  it('reports the validation state and failures with the test anchors configured', () => {
    expect(trusted.validationState).toBe(row.state_with_test_anchors);
    expect(trusted.status).toBe(row.state_with_test_anchors === 'Invalid' ? 'invalid' : 'valid');
    expect(trusted.trust).toBe(row.state_with_test_anchors === 'Trusted' ? 'recognized' : 'unrecognized');
    expect(trusted.issues.map((issue) => issue.code)).toEqual(list(row.failures_with_test_anchors));
  });

  it('gives the platform label', () => {
    expect(plain.label.label).toBe(expectedLabels[file]);
    expect(plain.label.reason.length).toBeGreaterThan(40);
  });

  it('copies the signals and keeps every readout string a plain string', () => {
    expect(plain.signals).toEqual(['ambiguousActions']);
    expect(trusted.signals).toEqual([]);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});

describe('buildReport on the fixtures, in detail', () => {
  const byFile = Object.fromEntries(rows.map((row) => [row.file, row]));
  const plain = (file: string) => {
    const row = byFile[file];
    if (!row) throw new Error(`no row for ${file}`);
    return report(row, readings(file).standard);
  };

  it('explains tampering in plain words (XCA.jpg)', () => {
    const { issues } = plain('XCA.jpg');
    expect(issues[1]).toEqual({
      code: 'assertion.dataHash.mismatch',
      sentence: 'The file’s content was changed after it was signed.',
      explanation: expect.stringContaining('hash') as unknown,
      url: expect.stringContaining('c2pa.hash.data') as unknown,
    });
    expect(issues[0]?.sentence).toMatch(/^The signer is not on the list of recognized signers\./);
  });

  it('reads claim generators into product names', () => {
    expect(plain('c2pa-actions-1.2.png').claimGenerator).toMatchObject({ name: 'Adobe Photoshop', version: '24.3.0' });
    expect(plain('composite-dst.jpg').claimGenerator).toMatchObject({ name: 'Adobe Example', version: '0.1' });
    expect(plain('gen-ai-created.jpg').claimGenerator).toEqual({
      name: 'media-literacy-fixtures',
      version: '0.1.0',
      raw: 'media-literacy-fixtures/0.1.0',
    });
    expect(plain('video1.mp4').claimGenerator).toEqual({
      name: 'TestApp',
      version: undefined,
      raw: 'TestApp c2patool/0.6.2 c2pa-rs/0.28.2',
    });
  });

  it('words actions, tools and source types', () => {
    const created = plain('gen-ai-created.jpg').actions[0];
    expect(created).toMatchObject({
      action: 'c2pa.created',
      label: 'Created with a generative AI tool',
      softwareAgent: 'Example Image Generator 1.0',
      digitalSourceType: { code: 'trainedAlgorithmicMedia', label: 'Made by generative AI', generativeAI: true },
    });
    const photoshop = plain('c2pa-actions-1.2.png').actions;
    expect(photoshop.map((entry) => entry.label)).toEqual([
      'Other changes not listed',
      'Placed another image into it',
      'Drew on it',
      'Applied a filter',
      'Text (app-specific step)',
      'Drew on it',
      'Animation video (app-specific step)',
      'Rotated or flipped',
    ]);
    expect(photoshop[0]?.description).toBe("Performed other edits or activity that couldn't be recognized");
    expect(plain('gen-fill.jpg').actions[3]).toMatchObject({
      label: 'Placed another image into it',
      softwareAgent: 'Adobe Firefly',
    });
    expect(plain('C.jpg').actions[0]).toMatchObject({ label: 'Created', softwareAgent: 'Make Test Images 0.33.1' });
  });

  it('gives the reason for each label', () => {
    expect(plain('gen-fill.jpg').label).toMatchObject({
      label: 'ai-generated',
      triggeredBy: ['http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'],
    });
    expect(plain('gen-fill.jpg').label.reason).toContain('Adobe Firefly');
    expect(plain('gen-composite-ai.jpg').label.triggeredBy).toEqual([
      'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia',
    ]);
    expect(plain('composite-dst.jpg').label.reason).toContain('https://cv.iptc.org');
    expect(plain('composite-dst.jpg').digitalSourceTypes[0]).toMatchObject({ generativeAI: false });
    expect(plain('C.jpg').label.reason).toContain('not generative AI');
    expect(plain('firefly-1.jpg').label.reason).toContain('com.adobe.generative-ai');
    expect(plain('gen-camera-capture.jpg').label.reason).toContain('Captured from real life');
  });

  it('builds the ingredient tree with each ingredient’s own manifest and status', () => {
    const [parent, component] = plain('gen-composite-ai.jpg').ingredients;
    expect(parent).toMatchObject({
      title: 'gen-camera-capture.jpg',
      relationshipLabel: 'Edited from',
      manifestLabel: 'urn:c2pa:8ac8df39-4bab-49bc-99ba-172c8320c21d',
      status: 'valid',
      issues: [],
      signer: { commonName: 'Media Literacy Test Signer' },
      claimGenerator: { name: 'media-literacy-fixtures' },
      children: [],
    });
    expect(parent?.actions[0]?.digitalSourceType?.code).toBe('digitalCapture');
    expect(component).toMatchObject({ title: 'gen-ai-created.webp', relationshipLabel: 'Placed into it' });
    expect(component?.actions[0]?.label).toBe('Created with a generative AI tool');

    const [tampered] = plain('CIE-sig-CA.jpg').ingredients;
    expect(tampered).toMatchObject({ title: 'E-sig-CA.jpg', status: 'invalid' });
    expect(tampered?.issues.map((issue) => issue.code)).toEqual(['claimSignature.mismatch']);
    expect(tampered?.children).toMatchObject([{ title: 'A.jpg', status: 'none', actions: [], children: [] }]);

    const [unsigned] = plain('CA.jpg').ingredients;
    expect(unsigned).toMatchObject({ title: 'A.jpg', status: 'none', manifestLabel: undefined, signer: undefined });
    expect(unsigned?.thumbnail?.identifier).toContain('c2pa.thumbnail.ingredient');
  });

  it('follows a deep chain (adobe-20220124-CAIAIIICAICIICAIICICA.jpg)', () => {
    const tree = plain('adobe-20220124-CAIAIIICAICIICAIICICA.jpg').ingredients;
    const cica = find(tree, 'CICA.jpg');
    expect(cica.actions.map((entry) => entry.action)).toEqual([
      'c2pa.created',
      'c2pa.drawing',
      'c2pa.placed',
      'c2pa.resized',
    ]);
    const ca = find(cica.children, 'CA.jpg');
    expect(ca.status).toBe('valid');
    expect(find(ca.children, 'A.jpg').status).toBe('none');
    expect(find(tree, 'I.jpg')).toMatchObject({ status: 'none', children: [] });
  });

  it('takes creators from schema.org authors', () => {
    expect(plain('C.jpg').creators).toEqual(['John Doe']);
    expect(plain('gen-fill.jpg').creators).toEqual([
      'Dave Stein',
      'Dave Stein1234567890123456789012345678901234567890',
      'davecaifb',
    ]);
    expect(plain('gen-ai-created.jpg').creators).toEqual([]);
  });

  it('finds no conforming product for test signers', () => {
    expect(plain('gen-ai-created.jpg').conformingProduct).toBeUndefined();
    expect(plain('gen-fill.jpg').conformingProduct).toBeUndefined();
  });
});

describe('buildReport without readable credentials', () => {
  it('says that no credentials prove nothing (store null)', () => {
    const none = buildReport({ fileName: 'photo.jpg', format: 'image/jpeg', store: null });
    expect(none).toMatchObject({ status: 'none', trust: '', manifestCount: 0, issues: [], signals: [] });
    expect(none.label.label).toBe('none');
    expect(none.label.reason).toMatch(/proves nothing/);
    expect(none.label.reason).toMatch(/screenshots/);
  });

  it('treats JumbfNotFound as no credentials, like c2pa-web’s null (no_manifest.jpg)', () => {
    const { standard } = readings('no_manifest.jpg');
    expect(standard.error).toBe('C2pa(JumbfNotFound)');
    const none = buildReport({ fileName: 'no_manifest.jpg', format: 'image/jpeg', ...standard });
    expect(none.status).toBe('none');
    expect(none.errorMessage).toBeUndefined();
    expect(none.label.reason).toMatch(/proves nothing/);
  });

  it('explains credentials stored online without fetching them (cloud.jpg)', () => {
    const { standard } = readings('cloud.jpg');
    const cloud = buildReport({ fileName: 'cloud.jpg', format: 'image/jpeg', ...standard });
    expect(cloud).toMatchObject({ status: 'error', trust: '', remoteManifestUrl: undefined });
    expect(cloud.errorMessage).toMatch(/stored online.*stays on your device/);
    expect(cloud.label.label).toBe('none');

    const url = 'https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182-3687-462e-a7fb-573462780391';
    const named = buildReport({ fileName: 'cloud.jpg', format: 'image/jpeg', ...standard, remoteManifestUrl: url });
    expect(named.remoteManifestUrl).toBe(url);
    expect(named.errorMessage).toContain(url);
  });

  it('picks the URL out of c2pa-rs’s RemoteManifestUrl error', () => {
    const error = new Error('C2pa(RemoteManifestUrl("https://example.org/m.c2pa"))');
    const remote = buildReport({ fileName: 'a.jpg', format: 'image/jpeg', store: null, error });
    expect(remote.remoteManifestUrl).toBe('https://example.org/m.c2pa');
    expect(remote.errorMessage).toContain('https://example.org/m.c2pa');
  });

  it('explains an unsupported format and a damaged file', () => {
    const unsupported = buildReport({ fileName: 'a.xyz', format: '', store: null, error: 'C2pa(UnsupportedType)' });
    expect(unsupported.status).toBe('error');
    expect(unsupported.errorMessage).toMatch(/^This kind of file cannot be checked/);
    const damaged = buildReport({
      fileName: 'a.jpg',
      format: 'image/jpeg',
      store: null,
      error: new Error('C2pa(JumbfParseError(InvalidJumbBox))'),
    });
    expect(damaged.errorMessage).toMatch(/damaged or cut short.*JumbfParseError/);
  });
});

describe('buildReport on made-up stores', () => {
  const manifest = (label: string, ingredientOf?: string) => ({
    label,
    signature_info: { issuer: 'Google LLC', common_name: 'Pixel Camera', alg: 'Es256' as const },
    ingredients: ingredientOf
      ? [{ title: ingredientOf, relationship: 'parentOf' as const, active_manifest: ingredientOf }]
      : [],
    assertions: [],
  });

  it('stops at a cycle in the ingredient graph', () => {
    const store: ManifestStore = {
      active_manifest: 'a',
      manifests: { a: manifest('a', 'b'), b: manifest('b', 'a') },
      validation_state: 'Valid',
    };
    const [b] = buildReport({ fileName: 'x.jpg', format: 'image/jpeg', store }).ingredients;
    expect(b?.manifestLabel).toBe('b');
    const [a] = b?.children ?? [];
    expect(a).toMatchObject({ manifestLabel: 'a', title: 'a', children: [], actions: [], signer: undefined });
  });

  it('matches a conforming product on common name and organisation', () => {
    const store: ManifestStore = { active_manifest: 'a', manifests: { a: manifest('a') }, validation_state: 'Trusted' };
    expect(buildReport({ fileName: 'x.jpg', format: 'image/jpeg', store }).conformingProduct).toEqual({
      applicant: 'Google LLC',
      product: 'Pixel Camera',
      status: 'conformant',
    });
  });

  it('reads CAWG identities, training and mining entries, v1 actions and tools by index', () => {
    const store: ManifestStore = {
      active_manifest: 'a',
      validation_state: 'Valid',
      manifests: {
        a: {
          label: 'a',
          assertions: [
            {
              label: 'cawg.identity',
              data: {
                sig_type: 'cawg.identity_claims_aggregation',
                named_actor: {
                  verifiedIdentities: [
                    {
                      type: 'cawg.social_media',
                      username: 'Robert Tiles',
                      provider: { id: 'https://behance.net', name: 'behance' },
                    },
                  ],
                },
              },
            },
            {
              label: 'cawg.identity__1',
              data: { sig_type: 'cawg.x509.cose', named_actor: { signature_info: { common_name: 'Jane Reporter' } } },
            },
            { label: 'stds.schema-org.CreativeWork', data: { author: 'Jane Reporter' } },
            {
              label: 'c2pa.training-mining',
              data: {
                entries: {
                  'c2pa.ai_generative_training': { use: 'notAllowed' },
                  'c2pa.data_mining': { use: 'constrained', constraint_info: 'Ask first' },
                },
              },
            },
            { label: 'cawg.training-mining', data: { entries: { 'cawg.ai_inference': { use: 'allowed' } } } },
            {
              label: 'c2pa.actions',
              data: {
                actions: [
                  {
                    action: 'c2pa.created',
                    digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic',
                    softwareAgentIndex: 0,
                  },
                  {
                    action: 'c2pa.edited',
                    softwareAgent: { name: 'Editor' },
                    when: '2025-01-01T00:00:00Z',
                    description: 'Cleaned up',
                  },
                  { notAnAction: true },
                ],
                softwareAgents: [{ name: 'Generator', version: '2' }],
              },
            },
          ],
        },
      },
    };
    const readout = buildReport({ fileName: 'x.jpg', format: 'image/jpeg', store });
    expect(readout.creators).toEqual(['Robert Tiles (behance)', 'Jane Reporter']);
    expect(readout.trainingMining).toEqual([
      {
        use: 'c2pa.ai_generative_training',
        label: 'Training generative AI',
        permission: 'notAllowed',
        constraintInfo: undefined,
      },
      { use: 'c2pa.data_mining', label: 'Data mining', permission: 'constrained', constraintInfo: 'Ask first' },
      {
        use: 'cawg.ai_inference',
        label: 'Giving it to an AI as input',
        permission: 'allowed',
        constraintInfo: undefined,
      },
    ]);
    expect(readout.actions).toMatchObject([
      { action: 'c2pa.created', label: 'Created with a generative AI tool', softwareAgent: 'Generator 2' },
      {
        action: 'c2pa.edited',
        label: 'Edited',
        softwareAgent: 'Editor',
        when: '2025-01-01T00:00:00Z',
        description: 'Cleaned up',
      },
    ]);
    expect(readout.label).toMatchObject({ label: 'ai-generated' });
    expect(readout.label.reason).toContain('Generator 2');
  });

  it('derives the state from the failures when the engine gives none', () => {
    const store: ManifestStore = {
      active_manifest: 'a',
      manifests: { a: manifest('a') },
      validation_status: [{ code: 'assertion.dataHash.mismatch' }],
    };
    expect(buildReport({ fileName: 'x.jpg', format: 'image/jpeg', store })).toMatchObject({
      validationState: 'Invalid',
      status: 'invalid',
    });
  });

  it('reports a store without an active manifest as unreadable', () => {
    const store: ManifestStore = { manifests: { a: manifest('a') }, validation_state: 'Valid' };
    const readout = buildReport({ fileName: 'x.jpg', format: 'image/jpeg', store });
    expect(readout.status).toBe('error');
    expect(readout.errorMessage).toMatch(/do not say which record is the current one/);
  });
});
