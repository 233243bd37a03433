import { axeViolations } from './axe';
import { expect, test, type Locator, type Page } from './fixtures';

/** The branching scenario on a module page, played along paths given as the text of each choice. */
export interface ScenarioCase {
  page: string;
  id: string;
  /** A path of safe choices that ends in the safe ending, whose title is `safeEnding`. */
  safePath: string[];
  safeEnding: string;
  /** A path that ends in the harmful ending, whose title is `harmfulEnding`. */
  riskyPath: string[];
  harmfulEnding: string;
}

async function openScenario(page: Page, scenario: ScenarioCase): Promise<Locator> {
  await page.goto(scenario.page);
  const widget = page.locator(`[data-scenario="${scenario.id}"]`);
  await widget.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:has([data-scenario])'));
  return widget;
}

export function scenarioTests(scenario: ScenarioCase) {
  const selector = `[data-scenario="${scenario.id}"]`;
  // Several axe runs per test can take long on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test(`${scenario.id}: played by mouse to an ending, with feedback announced, a path summary, reload and restart`, async ({
    page,
  }) => {
    const widget = await openScenario(page, scenario);
    await expect(widget.locator('.scenario-progress')).toHaveText('Step 1');
    expect(await axeViolations(page, { include: selector })).toEqual([]);

    for (const [index, choice] of scenario.safePath.entries()) {
      await widget.getByRole('button', { name: choice, exact: true }).click();
      await expect(widget.locator('.scenario-chosen')).toContainText(choice);
      await expect(widget.locator('.scenario-feedback')).toContainText('Safe move.');
      await expect(widget.locator('[data-scenario-announcer]')).toContainText('Safe move.');
      if (index === 0) {
        await expect(widget.locator('.scenario-progress')).toHaveText('Step 2');
        expect(await axeViolations(page, { include: selector })).toEqual([]);
      }
    }
    await expect(widget.locator('.scenario-progress')).toHaveText('Finished');
    await expect(widget.locator('.scenario-ending-title')).toHaveText(scenario.safeEnding);
    await expect(widget.locator('[data-scenario-announcer]')).toContainText(
      `The scenario has ended: ${scenario.safeEnding}.`,
    );
    const steps = widget.locator('.scenario-path li');
    await expect(steps).toHaveCount(scenario.safePath.length);
    await expect(steps.first()).toContainText(scenario.safePath[0]!);
    await expect(widget.locator('.scenario-path')).toContainText(
      `${scenario.safePath.length} of your ${scenario.safePath.length} choices were safe.`,
    );
    await expect(widget.locator('.scenario-choice')).toHaveCount(0);
    expect(await axeViolations(page, { include: selector })).toEqual([]);

    await page.reload();
    const reloaded = await openScenario(page, scenario);
    await expect(reloaded.locator('.scenario-ending-title')).toHaveText(scenario.safeEnding);
    await expect(reloaded.locator('.scenario-path li')).toHaveCount(scenario.safePath.length);

    await reloaded.getByRole('button', { name: 'Back one step' }).click();
    await expect(reloaded.locator('.scenario-progress')).toHaveText(`Step ${scenario.safePath.length}`);
    await expect(reloaded.getByRole('button', { name: scenario.safePath.at(-1)!, exact: true })).toBeVisible();

    await reloaded.getByRole('button', { name: 'Start again' }).click();
    await expect(reloaded.locator('.scenario-progress')).toHaveText('Step 1');
    await expect(reloaded.locator('.scenario-feedback')).toHaveCount(0);
    await expect(reloaded.getByRole('button', { name: 'Start again' })).toBeDisabled();
    expect(await page.evaluate((id) => localStorage.getItem(`look-closer:scenario:v1:${id}`), scenario.id)).toBeNull();
    await page.reload();
    await expect((await openScenario(page, scenario)).locator('.scenario-progress')).toHaveText('Step 1');
  });

  test(`${scenario.id}: played with the keyboard alone to the harmful ending, accessible in light and dark`, async ({
    page,
  }) => {
    const widget = await openScenario(page, scenario);
    // Reach the first choice with Tab from the scenario's intro, as a keyboard user would.
    await widget.locator('.scenario-intro').click();
    await page.keyboard.press('Tab');

    for (const choice of scenario.riskyPath) {
      // Tab through the choices until the wanted one has focus, then press Enter.
      for (let tries = 0; tries < 6; tries += 1) {
        const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (focused === choice) break;
        await page.keyboard.press('Tab');
      }
      await expect(widget.getByRole('button', { name: choice, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget.locator('.scenario-chosen')).toContainText(choice);
      // Focus moves to the new line (or the ending) so the next Tab reaches the next choices.
      await expect(widget.locator('.scenario-line, .scenario-ending-title').and(page.locator(':focus'))).toHaveCount(1);
    }
    await expect(widget.locator('.scenario-ending-title')).toHaveText(scenario.harmfulEnding);
    await expect(widget.locator('.scenario-ending-title')).toBeFocused();
    await expect(widget.locator('.scenario-feedback')).toContainText('Risky move.');
    await expect(widget.locator('[data-scenario-announcer]')).toContainText('Risky move.');
    await expect(widget.locator('.scenario-path li .badge', { hasText: 'risky' })).not.toHaveCount(0);
    expect(await axeViolations(page, { include: selector })).toEqual([]);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page, { include: selector })).toEqual([]);

    // Start again with the keyboard.
    await widget.getByRole('button', { name: 'Back one step' }).focus();
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('button', { name: 'Start again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(widget.locator('.scenario-progress')).toHaveText('Step 1');
    await expect(widget.locator('.scenario-line')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('button', { name: scenario.safePath[0]!, exact: true })).toBeFocused();
  });

  test(`${scenario.id}: fits a 320 px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    const widget = await openScenario(page, scenario);
    const overflow = await widget.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await widget.getByRole('button', { name: scenario.safePath[0]!, exact: true }).click();
    await expect(widget.locator('.scenario-feedback')).toBeVisible();
    expect(await widget.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  });
}
