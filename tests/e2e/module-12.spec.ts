import { expect, test } from './fixtures';
import { scenarioTests } from './scenario-tests';

const modulePage = '/modules/protecting-yourself/';

test('module 12 opens with the help box and renders the decision tree and its check', async ({ page }) => {
  await page.goto(modulePage);
  await expect(page.getByRole('heading', { level: 1, name: 'Protecting yourself' })).toBeVisible();
  const help = page.getByRole('note', { name: 'If this is happening to you' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('not your fault');
  // The help box comes before the first lesson section.
  const helpTop = (await help.boundingBox())!.y;
  const firstSection = (await page.getByRole('heading', { level: 2, name: 'Fake images, real harm' }).boundingBox())!.y;
  expect(helpTop).toBeLessThan(firstSection);
  await expect(page.locator('.prose img, article img')).toHaveCount(0);
  await expect(page.locator('[data-scenario="decision-tree"]')).toBeVisible();
  await expect(page.locator('[data-check="module-12-check"]')).toBeVisible();
});

scenarioTests({
  page: modulePage,
  id: 'decision-tree',
  safePath: [
    'Don\'t open it or pass it on, and reply: "Not OK. Delete it."',
    '"This is not your fault. Someone did this to you. I believe you, and I\'ll help you tell someone."',
    'Share your notes of where you saw it, which accounts posted it, and when, without showing the image.',
    "Help Ana find the app's report option for intimate images shared without consent.",
    "Keep checking in with Ana over the next days, and don't discuss the image with others.",
  ],
  safeEnding: 'Ana is not alone',
  riskyPath: [
    'Forward the link to a couple of friends to ask if it is real.',
    'Shrug it off: "It\'s fake anyway, so it doesn\'t matter."',
  ],
  harmfulEnding: 'The image spread further',
});
