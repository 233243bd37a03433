import { expect, test } from './fixtures';
import { scenarioTests } from './scenario-tests';

const modulePage = '/modules/voice-clones/';

test('module 6 renders its lesson, the audio quiz, the scam-call scenario and its check', async ({ page }) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Voice clones' })).toBeVisible();
  for (const heading of ['Why your ears are not enough', 'Practise: the scam call', 'Summary', 'Go further']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('529 listeners').first()).toBeVisible();
  await expect(page.locator('[data-scenario="scam-call"]')).toBeVisible();
  await expect(page.locator('[data-check="module-06-check"]')).toBeVisible();
  await expect(page.getByText('Real voice or AI voice?').first()).toBeVisible();
});

scenarioTests({
  page: modulePage,
  id: 'scam-call',
  safePath: [
    'Say you will hang up and call him back on his usual number.',
    "Let it ring, and message Leo's roommate to check on him.",
    'Tell your family, report the call, and agree on a family safe word.',
  ],
  safeEnding: 'You checked before you paid',
  riskyPath: ['Ask how you can send the money.', 'Buy the gift cards and read out the numbers.'],
  harmfulEnding: 'The money went to a scammer',
});
