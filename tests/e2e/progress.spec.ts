import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { parse } from 'yaml';
import { courseModules } from './course';
import { expectAccessible, takeQuiz } from './take-quiz';

const firstModule = '/modules/what-ai-generated-content-is/';
const secondModule = '/modules/how-platforms-label-ai-content/';

/** Opens a module page once its progress box is interactive (it renders its button after hydrating). */
async function openModule(page: Page, path: string) {
  await page.goto(path);
  const box = page.locator('[data-module-progress]');
  await expect(box.getByRole('button')).toBeVisible();
  return box;
}

/** The options marked correct in a check's YAML, by item id. */
function correctAnswers(quizId: string): [string, number][] {
  const quiz = parse(readFileSync(join(import.meta.dirname, `../../content/quizzes/${quizId}.yaml`), 'utf8')) as {
    items: { id: string; options: { correct?: boolean }[] }[];
  };
  return quiz.items.map((item) => [item.id, item.options.findIndex((option) => option.correct)]);
}

test('marking a module complete lasts across reloads and shows on the learning path', async ({ page }) => {
  const box = await openModule(page, firstModule);
  await expect(box).toContainText('Not completed yet.');
  await box.getByRole('button', { name: 'Mark complete' }).click();
  await expect(box.getByRole('status')).toHaveText('Marked complete.');
  await expect(box).toContainText(/Completed on .+\. You marked it complete\./);
  await expect(box.getByRole('button', { name: 'Mark as not complete' })).toBeFocused();

  await page.reload();
  await expect(page.locator('[data-module-progress]')).toContainText('You marked it complete.');

  await page.goto('/');
  await expect(page.locator('[data-progress-slot="what-ai-generated-content-is"]')).toHaveText('Completed');
  await expect(page.locator('[data-progress-slot="how-platforms-label-ai-content"]')).toHaveText('Not started');
  await expect(page.locator('[data-progress-summary]')).toContainText(
    `1 of ${courseModules.length} modules completed.`,
  );

  // Undo, and the modules list follows.
  const again = await openModule(page, firstModule);
  await again.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(again.getByRole('status')).toHaveText('No longer marked complete.');
  await page.goto('/modules/');
  await expect(page.locator('[data-progress-slot="what-ai-generated-content-is"]')).toHaveText('In progress');
  await expect(page.locator('[data-progress-summary]')).toContainText(
    `0 of ${courseModules.length} modules completed.`,
  );
});

test('passing a module check completes the module and says so', async ({ page }) => {
  const box = await openModule(page, secondModule);
  const check = page.locator('[data-check="module-02-check"]');
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('radio').first()).toBeEnabled();
  await page.waitForFunction(
    () => !document.querySelector('[data-check]')?.closest('astro-island')?.hasAttribute('ssr'),
  );
  const answers = correctAnswers('module-02-check');
  for (const [itemId, index] of answers) {
    await page.locator(`#module-02-check-${itemId}-${index}`).check();
    await page
      .locator('.check-item', { has: page.locator(`#module-02-check-${itemId}-${index}`) })
      .getByRole('button', { name: 'Check answer' })
      .click();
  }
  await expect(box.getByRole('status')).toContainText('passed the check. This module is now marked complete.');
  await expect(box).toContainText('You passed its check.');
  await expect(box).toContainText(`Latest check: ${answers.length} of ${answers.length} correct.`);

  await page.goto('/progress/');
  const row = page.locator('tr[data-module="how-platforms-label-ai-content"]');
  await expect(row).toHaveAttribute('data-state', 'completed');
  await expect(row).toContainText('by passing the check');
  await expect(row).toContainText(`${answers.length} of ${answers.length} correct`);
});

test('reading a module through, completing it and taking a quiz all show on My progress after a reload', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const box = await openModule(page, firstModule);
  // The lesson's own `##` sections: every h2 of the article but the objectives and the sources.
  const sections = page.locator('article.lesson h2[id]:not(#objectives-title):not(#sources-title)');
  const count = await sections.count();
  expect(count).toBeGreaterThan(3);
  await expect(box.locator('[data-sections-read]')).toHaveText(`0 of ${count} sections read.`);
  // Scrolling from each heading to the next reads the sections, the last one ending at the sources.
  for (let index = 0; index < count; index += 1) {
    await sections.nth(index).scrollIntoViewIfNeeded();
    // Two frames, so the observer has seen this heading before the page moves on.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await expect(box.locator('[data-sections-read]')).toHaveText(`${count - 1} of ${count} sections read.`);
  await page.locator('#sources-title').scrollIntoViewIfNeeded();
  await expect(box.locator('[data-sections-read]')).toHaveText(`${count} of ${count} sections read.`);
  await box.getByRole('button', { name: 'Mark complete' }).click();
  await expect(box.getByRole('status')).toHaveText('Marked complete.');

  // The voice quiz is short and all real-or-AI, so it has catch-the-fake numbers.
  const score = await takeQuiz(page, 'voices');

  await page.goto('/progress/');
  await page.reload();
  const row = page.locator('tr[data-module="what-ai-generated-content-is"]');
  await expect(row).toHaveAttribute('data-state', 'completed');
  await expect(row).toContainText(`${count} of ${count} sections read`);
  await expect(page.locator('tr[data-module="how-platforms-label-ai-content"]')).toContainText(
    /0 of \d+ sections read/,
  );

  const quizzes = page.getByRole('region', { name: 'Quizzes' });
  await expect(quizzes).toContainText(/You have taken 1 of \d+ quizzes\./);
  const quizRow = quizzes.locator('tr[data-quiz-id="voices"]');
  await expect(quizRow.getByRole('rowheader')).toContainText('Real voice or AI voice?');
  await expect(quizRow.getByRole('link')).toHaveAttribute('href', '/quizzes/voices/');
  const best = quizRow.getByRole('cell').nth(0);
  await expect(best).toContainText(`${score.correct} of ${score.total} correct`);
  await expect(best).toContainText(/Caught \d+ of \d+ made by AI, trusted \d+ of \d+ real ones\./);
  const accuracy = Math.round((score.correct / score.total) * 100);
  await expect(best).toContainText(`80% sure on average, ${accuracy}% right`);
  await expect(quizRow.getByRole('cell').nth(1)).toContainText(`${score.correct} of ${score.total} correct`);
  // Quizzes not taken yet are listed with a link to take them.
  await expect(quizzes.getByRole('link', { name: 'Baseline: real or AI?' })).toHaveAttribute(
    'href',
    '/quizzes/real-or-ai-baseline/',
  );
  await expect(quizzes.getByRole('listitem')).not.toContainText(['Real voice or AI voice?']);
  await expectAccessible(page);
});

test('progress exported to a file, reset and imported again comes back', async ({ page }, testInfo) => {
  const box = await openModule(page, firstModule);
  await box.getByRole('button', { name: 'Mark complete' }).click();
  await expect(box.getByRole('status')).toHaveText('Marked complete.');

  await page.goto('/progress/');
  const row = page.locator('tr[data-module="what-ai-generated-content-is"]');
  await expect(row).toHaveAttribute('data-state', 'completed');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^look-closer-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);

  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await expect(page.locator('#reset-confirm-title')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toHaveAttribute('data-state', 'completed');
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'not-started');

  // A file that is not progress is refused and changes nothing.
  const fileInput = page.getByLabel('Progress file (.json)');
  await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await page.getByRole('button', { name: 'Load the file' }).click();
  await expect(page.getByText('That file is not a Look Closer progress file. Nothing was changed.')).toBeVisible();

  await fileInput.setInputFiles(file);
  await page.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Load the file' }).click();
  await expect(page.getByText(/^Done\. Your progress now covers 1 module\.$/)).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'completed');
  await page.reload();
  await expect(row).toHaveAttribute('data-state', 'completed');
});

test('corrupt saved progress is kept as a backup and the learner is told, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('look-closer:progress', '{"version":1,"modules":{"what-ai'));
  await page.reload();
  await expect(page.locator('[data-progress-summary]')).toContainText('Your saved progress could not be read.');

  await page.goto('/progress/');
  const status = page.locator('.page-status');
  await expect(status).toContainText('was damaged and could not be read. It was kept aside as a backup');
  const downloading = page.waitForEvent('download');
  await status.getByRole('button', { name: 'Download the backup' }).click();
  const download = await downloading;
  expect(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString())).toBe(
    '{"version":1,"modules":{"what-ai',
  );
  await expect(page.locator('tr[data-module]')).toHaveCount(courseModules.length);

  // The course works again, and the backup stays until the learner deletes it.
  await openModule(page, firstModule);
  await page.goto('/progress/');
  await expect(status).toBeEmpty();
  await page.getByRole('button', { name: /^Delete the backup/ }).click();
  await expect(page.getByText('The backup was deleted.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a change in one tab shows in the others', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  const slot = home.locator('[data-progress-slot="what-ai-generated-content-is"]');
  await expect(slot).toHaveText('Not started');
  const lesson = await context.newPage();
  const box = await openModule(lesson, firstModule);
  await expect(slot).toHaveText('In progress');
  const other = await context.newPage();
  const otherBox = await openModule(other, firstModule);

  await box.getByRole('button', { name: 'Mark complete' }).click();
  await expect(slot).toHaveText('Completed');
  await expect(home.locator('[data-progress-summary]')).toContainText(
    `1 of ${courseModules.length} modules completed.`,
  );
  await expect(otherBox.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
});
