/** The first card of a readout: the few answers a learner looks for, in plain words. */
import type { ProvenanceReport } from './report-types';

export type Tone = 'good' | 'bad' | 'neutral' | 'warn';

export interface ReadoutSummary {
  status: { text: string; tone: Tone };
  ai: { answer: string; detail: string; tone: Tone };
  signer?: { name: string; trust: string; tone: Tone };
  when?: string;
  tool?: string;
}

const statusText: Record<ProvenanceReport['status'], { text: string; tone: Tone }> = {
  valid: { text: 'Credentials intact', tone: 'good' },
  invalid: { text: 'Changed after signing, or damaged', tone: 'bad' },
  none: { text: 'No Content Credentials', tone: 'neutral' },
  error: { text: 'Could not be read', tone: 'warn' },
};

function aiAnswer(report: ProvenanceReport): ReadoutSummary['ai'] {
  if (report.status === 'none' || report.status === 'error') {
    return {
      answer: 'Unknown',
      detail: 'There are no credentials to say how it was made. That is not evidence either way.',
      tone: 'neutral',
    };
  }
  const broken = report.status === 'invalid' ? ' But the credentials are broken, so they cannot be relied on.' : '';
  if (report.label.label === 'ai-generated') {
    return { answer: 'Yes, say its credentials', detail: report.label.reason + broken, tone: 'warn' };
  }
  return { answer: 'No standard AI marker in its credentials', detail: report.label.reason + broken, tone: 'neutral' };
}

export function summarizeReport(report: ProvenanceReport): ReadoutSummary {
  const summary: ReadoutSummary = { status: statusText[report.status], ai: aiAnswer(report) };
  if (report.status === 'valid' || report.status === 'invalid') {
    const name = [report.signer.issuer, report.signer.commonName].filter(Boolean).join(' · ') || 'Unnamed signer';
    summary.signer =
      report.trust === 'recognized'
        ? { name, trust: 'Recognized signer', tone: 'good' }
        : { name, trust: 'Unrecognized signer: nobody on the trust list vouches for it', tone: 'warn' };
    summary.when = report.signedAt
      ? new Date(report.signedAt).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) +
        ' UTC'
      : 'No trusted time recorded';
    if (report.claimGenerator) {
      summary.tool = [report.claimGenerator.name, report.claimGenerator.version].filter(Boolean).join(' ');
    }
  }
  return summary;
}
