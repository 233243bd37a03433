// Copies the C2PA reference data the site ships from ../shared/c2pa-reference (CC BY 4.0, C2PA) into the
// project, in the shape the code reads. Run it when the shared copy changes; the outputs are committed so
// the site builds without ../shared.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const root = join(import.meta.dirname, '..');
const shared = join(root, '../shared/c2pa-reference');
const reference = join(root, 'src/lib/provenance/reference');
mkdirSync(reference, { recursive: true });
mkdirSync(join(root, 'public/trust'), { recursive: true });

// The official trust list, fetched by the inspector from this origin only when it reads a file.
writeFileSync(
  join(root, 'public/trust/c2pa-trust-list.pem'),
  readFileSync(join(shared, 'trust-list/C2PA-TRUST-LIST.pem')),
);

// Conforming products, trimmed to what names a product behind a signature.
const products = JSON.parse(readFileSync(join(shared, 'conforming-products/conforming-products-list.json'), 'utf8'));
const trimmed = products.map((entry) => ({
  applicant: entry.applicant,
  status: entry.status,
  productType: entry.product?.productType,
  commonName: entry.product?.DN?.CN ?? '',
  organization: entry.product?.DN?.O ?? '',
  minVersion: entry.product?.minVersion ?? '',
}));
writeFileSync(join(reference, 'conforming-products.json'), JSON.stringify(trimmed, null, 1) + '\n');

// The Asset Rubrics 1.0 signals rubric, as JSON the inspector evaluates at runtime (signals.ts).
const rubrics = join(shared, 'asset-rubrics');

function readYamlDocuments(path) {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0].message}`);
    return doc.toJS();
  });
}

// `include:` as the Asset Rubrics spec defines it: an included information block sits under the includer's
// (includer wins, later includes beat earlier ones) and included statements are appended in include order.
// The published local rubric is already flattened, but a later release may not be.
function loadRubric(path) {
  const [info = {}, ...sections] = readYamlDocuments(path);
  const { include = [], ...own } = info;
  let merged = {};
  const statements = sections.flat();
  for (const name of include) {
    const included = loadRubric(join(dirname(path), name));
    merged = mergeInfo(merged, included.info);
    statements.push(...included.statements);
  }
  return { info: mergeInfo(merged, own), statements };
}

function mergeInfo(base, over) {
  return {
    ...base,
    ...over,
    variables: { ...base.variables, ...over.variables },
    expressions: { ...base.expressions, ...over.expressions },
  };
}

const signalsRubric = loadRubric(join(rubrics, 'asset-rubric-signals-local.yml'));
const sharedReadme = readFileSync(join(shared, 'README.md'), 'utf8');
const sourceCommit = sharedReadme.match(/at commit ([0-9a-f]{7,40})/)?.[1];
if (!sourceCommit) throw new Error('c2pa-reference/README.md no longer names the conformance-public commit');

// Each signal's display name is the `rubric_metadata.name` of the composable it was built from
// (build_local_signals_rubric.py: signal-<category>-<trait>-local.yml becomes <category>:signal_<trait>).
const composables = join(rubrics, 'composables');
const titles = {};
for (const file of readdirSync(composables).sort()) {
  const match = file.match(/^signal-(inception|transformations)-(\w+)-local\.yml$/);
  if (!match) continue;
  const id = `${match[1] === 'inception' ? 'inception' : 'transformation'}:signal_${match[2]}`;
  const [info] = readYamlDocuments(join(composables, file));
  titles[id] = info.rubric_metadata.name.replace(/ \(Local\)$/, '');
}
const missingTitles = signalsRubric.statements.filter((s) => !titles[s.id]).map((s) => s.id);
if (missingTitles.length > 0) throw new Error(`no composable names these signals: ${missingTitles.join(', ')}`);

const { rubric_metadata, variables, expressions } = signalsRubric.info;
writeFileSync(
  join(reference, 'asset-rubric-signals.json'),
  JSON.stringify(
    {
      attribution:
        `${rubric_metadata.name} ${rubric_metadata.version}, ${rubric_metadata.issuer}, Coalition for Content ` +
        `Provenance and Authenticity (C2PA), licensed under CC BY 4.0. Converted from YAML to JSON; ` +
        `titles taken from the composables the rubric is built from.`,
      license: 'CC-BY-4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      source: `https://github.com/c2pa-org/conformance-public/blob/${sourceCommit}/asset-rubrics/asset-rubric-signals-local.yml`,
      rubric_metadata,
      variables,
      expressions,
      statements: signalsRubric.statements,
      titles,
    },
    null,
    1,
  ) + '\n',
);

console.log(
  `trust list: ${readFileSync(join(shared, 'trust-list/C2PA-TRUST-LIST.pem'), 'utf8').match(/BEGIN CERTIFICATE/g)?.length} certificates; conforming products: ${trimmed.length}; signals rubric ${rubric_metadata.version}: ${signalsRubric.statements.length} signals`,
);
