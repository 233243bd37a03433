/**
 * The platform label rule: a platform that auto-labels from Content Credentials shows "AI-generated"
 * when an action of the active manifest, in any version of the actions assertion, carries a
 * generative-AI digitalSourceType, matched letter for letter against the official values.
 */
import { IPTC, nearMiss } from './digital-source-type';
import type { ActionEntry, DigitalSourceType, PlatformLabel } from './report-types';

export const noCredentialsLabel: PlatformLabel = {
  label: 'none',
  reason:
    'There are no Content Credentials, so no platform adds an automatic label. That proves nothing: most real photos carry none, and screenshots or re-compressing a file (as many apps do when you share it) remove them.',
  triggeredBy: [],
};

export const unreadableLabel: PlatformLabel = {
  label: 'none',
  reason:
    'The credentials could not be read, so there is nothing for an automatic label rule to go on. That proves nothing about how the file was made.',
  triggeredBy: [],
};

const quoted = (values: readonly string[]) => values.map((value) => `“${value}”`).join(', ');

function noLabelReason(sources: readonly DigitalSourceType[], customAIMarkers: readonly string[]): string {
  for (const source of sources) {
    const imitated = nearMiss(source.uri);
    if (imitated?.generativeAI) {
      return `An action says “${source.code}”, a generative-AI value, but writes it as “${source.uri}” instead of the official “${imitated.uri}”. Label rules compare the exact official text, so this file would not be labelled, even though its credentials say AI was used.`;
    }
  }
  if (customAIMarkers.length > 0) {
    return `The file marks AI only with its maker’s own note (${quoted(customAIMarkers)}), not with a standard source type in its actions, so a rule that reads the standard values does not label it.`;
  }
  if (sources.some((source) => source.uri === `${IPTC}algorithmicMedia`)) {
    return 'The credentials say “algorithmicMedia”: made by a program following fixed rules, like a formula, not by AI trained on examples. That is not generative AI, so there is no AI label.';
  }
  if (sources.length > 0) {
    const labels = [...new Set(sources.map((source) => source.label))];
    return `The credentials describe how it was made as: ${labels.join('; ')}. None of that is generative AI, so there is no AI label.`;
  }
  return 'No action in the credentials says how the content was made (there is no source type), so the label rule finds nothing to label. That does not prove it is real.';
}

/**
 * @param customAIMarkers labels of non-standard assertions that claim AI use (e.g. early Adobe Firefly's
 * `com.adobe.generative-ai`); they never trigger the label, but the reason says why.
 */
export function platformLabel(actions: readonly ActionEntry[], customAIMarkers: readonly string[] = []): PlatformLabel {
  const sources = actions.flatMap((action) => (action.digitalSourceType ? [action.digitalSourceType] : []));
  const triggers = actions.filter((action) => action.digitalSourceType?.generativeAI);
  if (triggers.length === 0) return { label: 'none', reason: noLabelReason(sources, customAIMarkers), triggeredBy: [] };

  const triggeredBy = [...new Set(triggers.flatMap((action) => action.digitalSourceType?.uri ?? []))];
  const codes = [...new Set(triggers.flatMap((action) => action.digitalSourceType?.code ?? []))];
  const tools = [...new Set(triggers.flatMap((action) => action.softwareAgent ?? []))];
  const by = tools.length > 0 ? `, by ${tools.join(', ')}` : '';
  return {
    label: 'ai-generated',
    reason: `The credentials mark a step as ${quoted(codes)} (made with generative AI${by}). Platforms that read Content Credentials show an “AI-generated” label for that.`,
    triggeredBy,
  };
}
