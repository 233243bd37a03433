/**
 * Finds the signer in the C2PA conforming-products list: products that passed the C2PA conformance
 * program. The list names a product by its certificate's common name and organisation.
 */
import products from './reference/conforming-products.json';
import type { ProvenanceReport, SignerInfo } from './report-types';

export function findConformingProduct(signer: SignerInfo): ProvenanceReport['conformingProduct'] {
  const commonName = signer.commonName?.trim();
  const organization = signer.issuer?.trim();
  if (!commonName || !organization) return undefined;
  // Trimmed on both sides: some list entries carry stray spaces.
  const match = products.find(
    (product) => product.commonName.trim() === commonName && product.organization.trim() === organization,
  );
  return match && { applicant: match.applicant.trim(), product: match.commonName.trim(), status: match.status };
}
