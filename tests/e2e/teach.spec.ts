import { expect, test, type Page } from './fixtures';
import { seal } from '../../src/lib/teach/seal';
import { expectAccessible, takeQuiz } from './take-quiz';

const first = { slug: 'what-ai-generated-content-is', title: 'What AI-generated content is' };
const second = { slug: 'how-platforms-label-ai-content', title: 'How platforms label AI content' };
/** Short, so a student can take it quickly. */
const voices = { id: 'voices', title: 'Real voice or AI voice?' };

const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

async function buildAssignment(page: Page): Promise<string> {
  await page.goto('/teach/assign/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: first.title }).check();
  await page.getByRole('checkbox', { name: second.title }).check();
  await page.getByLabel('Class or assignment name').fill('Period 3: Checking AI images');
  await page.getByLabel('Due date (optional)').fill('2031-05-16');
  await page.getByLabel('Message to students (optional)').fill('Finish both before Friday.');
  return page.getByLabel('Link for students').inputValue();
}

test('an assignment goes from the builder to a student and back to the class summary as a receipt', async ({
  browser,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const link = await buildAssignment(page);
  expect(link).toMatch(/\/assignment\/#a=1\.[\w.-]+$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const handout = page.getByRole('article', { name: 'Period 3: Checking AI images' });
  await expect(handout).toContainText('Due May 16, 2031');
  await expect(handout).toContainText('Finish both before Friday.');
  await expect(handout.getByRole('listitem')).toHaveText([first.title, second.title]);
  await expect(handout.getByRole('img', { name: 'QR code of the assignment link' }).locator('svg')).toBeVisible();
  await expect(handout).toContainText(link);

  // The draft survives a reload, with the same link.
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('Link for students')).toHaveValue(link);

  // A student, on another device: module 1 done with its check, module 2 not started.
  const student = await (await browser.newContext()).newPage();
  await student.goto('/');
  await student.evaluate((slug) => {
    const at = '2031-05-10T09:00:00.000Z';
    localStorage.setItem(
      'look-closer:progress',
      JSON.stringify({
        version: 1,
        modules: { [slug]: { completedAt: at, completedBy: 'check', check: { correct: 3, total: 4, at } } },
        assignments: {},
      }),
    );
  }, first.slug);
  await student.goto(link);
  await hydrated(student);
  await expect(student.getByRole('heading', { level: 2, name: 'Period 3: Checking AI images' })).toBeVisible();
  await expect(student.getByText('Due May 16, 2031')).toBeVisible();
  await expect(student.getByText('1 of 2 modules completed')).toBeVisible();
  const checklist = student.locator('.checklist li');
  await expect(checklist.nth(0)).toContainText('Completed on May 10, 2031');
  await expect(checklist.nth(0)).toContainText('Check: 3 of 4 correct');
  await expect(checklist.nth(1)).toContainText('Not completed yet');
  await expect(checklist.nth(1).getByRole('link')).toHaveAttribute('href', `/modules/${second.slug}/`);
  await expect(student.getByRole('region', { name: 'My assignments' }).getByRole('link')).toHaveText(
    'Period 3: Checking AI images',
  );
  const saved = await student.evaluate(() => JSON.parse(localStorage.getItem('look-closer:progress')!));
  expect(Object.values(saved.assignments)).toHaveLength(1);

  await student.getByRole('button', { name: 'Make the receipt' }).click();
  await expect(student.getByText('Type your name first.')).toBeVisible();
  await student.getByLabel('Your name, as your teacher knows it').fill('  Ana Ruiz ');
  await student.getByRole('button', { name: 'Make the receipt' }).click();
  const receipt = await student.getByLabel('Your receipt').inputValue();
  expect(receipt).toContain('Student: Ana Ruiz');
  expect(receipt).toMatch(/self-reported/i);
  const download = student.waitForEvent('download');
  await student.getByRole('link', { name: 'Download it as a file (.json)' }).click();
  expect((await download).suggestedFilename()).toBe('look-closer-receipt-period-3-checking-ai-images-ana-ruiz.json');

  // The teacher pastes it, as an email client quotes it, with a damaged copy alongside.
  await page.goto('/teach/class/');
  await hydrated(page);
  const tampered = receipt.replace(
    /(LOOK-CLOSER-RECEIPT v1 [^\n]{40})(.)/,
    (_, head, char) => head + (char === 'A' ? 'B' : 'A'),
  );
  await page.getByLabel('Paste receipts').fill(`> ${receipt.replaceAll('\n', '\n> ')}\n\n${tampered}`);
  await page.getByRole('button', { name: 'Add pasted receipts' }).click();
  await expect(page.getByText('1 receipt added, 1 not counted.')).toBeVisible();
  await expect(page.locator('.rejected')).toContainText('changed after it was made');

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([/Student/, first.title, second.title, /Completed/]);
  const row = table.getByRole('row', { name: /Ana Ruiz/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(/✓\s*Completed\s*check 3\/4/);
  await expect(row.getByRole('cell').nth(1)).toHaveText(/✗\s*Missing/);
  await expect(row.getByRole('cell').nth(2)).toHaveText('1 of 2');

  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const csvText = await (await (await csv).createReadStream()).toArray();
  expect(Buffer.concat(csvText).toString()).toContain('Ana Ruiz,Period 3: Checking AI images,yes,3/4,no,');
});

test('a quiz that counts goes from the builder to the student’s checklist, the receipt and a sortable class column', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/teach/assign/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: first.title }).check();
  await page.getByRole('checkbox', { name: voices.title }).check();
  await page.getByLabel('Class or assignment name').fill('Voices week');
  const link = await page.getByLabel('Link for students').inputValue();
  expect(link).toMatch(/\/assignment\/#a=1\.[\w.-]+$/);
  const handout = page.getByRole('article', { name: 'Voices week' });
  await expect(handout.getByRole('heading', { name: 'Quizzes that count' })).toBeVisible();
  await expect(handout.getByRole('listitem')).toHaveText([first.title, voices.title]);
  await expectAccessible(page);

  // Ana opens the link on her own device, completes the module and takes the quiz.
  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await ana.goto(link);
  await hydrated(ana);
  await expect(ana.locator('.tally')).toHaveText('0 of 1 modules completed · 0 of 1 quiz taken');
  const quizItem = ana.locator('.checklist li[data-quiz-id="voices"]');
  await expect(quizItem).toContainText('Not taken yet');
  await expect(quizItem.getByRole('link', { name: `Quiz: ${voices.title}` })).toHaveAttribute(
    'href',
    '/quizzes/voices/',
  );
  await ana.goto(`/modules/${first.slug}/`);
  const box = ana.locator('[data-module-progress]');
  await box.getByRole('button', { name: 'Mark complete' }).click();
  await expect(box.getByRole('status')).toHaveText('Marked complete.');
  const score = await takeQuiz(ana, voices.id);

  await ana.goto(link);
  await hydrated(ana);
  await expect(ana.locator('.tally')).toHaveText('1 of 1 modules completed · 1 of 1 quiz taken');
  await expect(quizItem).toContainText(`Best score: ${score.correct} of ${score.total} correct`);
  await expectAccessible(ana);
  await ana.getByLabel('Your name, as your teacher knows it').fill('Ana Ruiz');
  await ana.getByRole('button', { name: 'Make the receipt' }).click();
  const receipt = await ana.getByLabel('Your receipt').inputValue();
  expect(receipt).toContain('Quizzes taken: 1 of 1');
  expect(receipt).toContain(`- [x] Quiz “${voices.title}”: best score ${score.correct}/${score.total}`);
  await anaContext.close();

  // Ben opens it too but does nothing: his missing work shows.
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await ben.goto(link);
  await hydrated(ben);
  await ben.getByLabel('Your name, as your teacher knows it').fill('Ben Okafor');
  await ben.getByRole('button', { name: 'Make the receipt' }).click();
  const benReceipt = await ben.getByLabel('Your receipt').inputValue();
  expect(benReceipt).toContain(`- [ ] Quiz “${voices.title}”: not taken`);
  await benContext.close();

  await page.goto('/teach/class/');
  await hydrated(page);
  await page.getByLabel('Paste receipts').fill(`${receipt}\n\n${benReceipt}`);
  await page.getByRole('button', { name: 'Add pasted receipts' }).click();
  await expect(page.getByText('2 receipts added.')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    /Student/,
    first.title,
    /Quiz: Real voice or AI voice\?/,
    /Completed/,
  ]);
  await expect(
    table
      .getByRole('row', { name: /Ana Ruiz/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(new RegExp(`✓\\s*Best ${score.correct}/${score.total}`));
  await expect(
    table
      .getByRole('row', { name: /Ben Okafor/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText(/✗\s*Not taken/);
  await expect(page.locator('tfoot td').nth(1)).toHaveText('1/2');

  const quizHeader = table.getByRole('columnheader', { name: /Quiz: Real voice/ });
  const names = page.locator('tbody th');
  await quizHeader.getByRole('button').click();
  await expect(quizHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(names).toHaveText(['Ben Okafor', 'Ana Ruiz']);
  await quizHeader.getByRole('button').click();
  await expect(quizHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Ana Ruiz', 'Ben Okafor']);
  await expectAccessible(page);

  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const csvText = Buffer.concat(await (await (await csv).createReadStream()).toArray()).toString();
  expect(csvText).toContain(`${voices.title} (quiz): best score`);
  expect(csvText).toContain(`Ana Ruiz,Voices week,yes,,${score.correct}/${score.total},1,1,`);
  expect(csvText).toContain('Ben Okafor,Voices week,no,,not taken,0,1,');
});

test('the class table sorts by name and by completion, saying which way', async ({ browser, page }) => {
  const link = await buildAssignment(page);
  const receipts: string[] = [];
  for (const [name, done] of [
    ['Ben Okafor', true],
    ['Ana Ruiz', false],
  ] as const) {
    const student = await browser.newContext();
    const tab = await student.newPage();
    await tab.goto('/');
    if (done)
      await tab.evaluate((slug) => {
        const progress = {
          version: 1,
          modules: { [slug]: { completedAt: '2031-05-10T09:00:00.000Z' } },
          assignments: {},
        };
        localStorage.setItem('look-closer:progress', JSON.stringify(progress));
      }, first.slug);
    await tab.goto(link);
    await hydrated(tab);
    await tab.getByLabel('Your name, as your teacher knows it').fill(name);
    await tab.getByRole('button', { name: 'Make the receipt' }).click();
    receipts.push(await tab.getByLabel('Your receipt').inputValue());
    await student.close();
  }
  await page.goto('/teach/class/');
  await hydrated(page);
  await page.getByLabel('Paste receipts').fill(receipts.join('\n\n'));
  await page.getByRole('button', { name: 'Add pasted receipts' }).click();

  const names = page.locator('tbody th');
  const nameHeader = page.getByRole('columnheader', { name: /Student/ });
  const totalHeader = page.getByRole('columnheader', { name: /Completed/ }).last();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(names).toHaveText(['Ana Ruiz', 'Ben Okafor']);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Ben Okafor', 'Ana Ruiz']);
  await totalHeader.getByRole('button').click();
  await expect(totalHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(names).toHaveText(['Ana Ruiz', 'Ben Okafor']);
  await expect(page.locator('tfoot')).toContainText('1/2');
});

test('bad assignment links get a clear message, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const link = new URL(await buildAssignment(page));
  const alert = page.getByRole('alert');

  const payloadAt = link.hash.lastIndexOf('.') + 10;
  const swapped = link.hash[payloadAt] === 'A' ? 'B' : 'A';
  await page.goto(`/assignment/${link.hash.slice(0, payloadAt)}${swapped}${link.hash.slice(payloadAt + 1)}`);
  await expect(alert).toContainText('has been changed since the teacher made it');

  await page.goto(`/assignment/${link.hash.slice(0, -12)}`);
  await expect(alert).toContainText('cut short');

  await page.goto('/assignment/#a=hello');
  await expect(alert).toContainText('does not hold a Look Closer assignment');

  await page.goto(`/assignment/#a=1.${seal(['k3x9q2m1', 'Old quiz', [first.slug], null, null, ['gone-quiz']])}`);
  await expect(alert).toContainText('names quizzes this course does not have');
  await expect(alert).toContainText('Unknown quizzes: gone-quiz.');

  await page.goto('/assignment/');
  await expect(alert).toContainText('There is no assignment in this address');
  await expect(page.getByRole('region', { name: 'My assignments' })).toContainText('None yet');
  expect(errors).toEqual([]);
});

test('the builder works with the keyboard alone', async ({ page }) => {
  await page.goto('/teach/assign/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: first.title }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: second.title })).toBeFocused();
  // Past the other modules' checkboxes, however many the course has, to the name field.
  const nameField = page.getByLabel('Class or assignment name');
  for (
    let presses = 0;
    presses < 30 && !(await nameField.evaluate((element) => element === document.activeElement));
    presses += 1
  )
    await page.keyboard.press('Tab');
  await expect(nameField).toBeFocused();
  await page.keyboard.type('Keyboard class');
  await expect(page.getByLabel('Link for students')).toHaveValue(/\/assignment\/#a=1\./);
  await page.getByLabel('Link for students').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Open the student view' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print the handout' })).toBeFocused();
  await expect(page.getByRole('article', { name: 'Keyboard class' }).getByRole('listitem')).toHaveText([first.title]);
});
