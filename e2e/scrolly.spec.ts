import { expect, test, type Page } from '@playwright/test';
import { expectActive, geometryOf, guardPage, locales, scrollToStep, scrollToStepAndWaitOneFrame, settle, stepsOf, type StepSpec } from './helpers';

/** The step whose top edge is the last above the reading line, in the block of the given step: the controller's rule (ARCHITECTURE.md). */
function stepOnReadingLine(page: Page, stepId: string): Promise<string> {
  return page.evaluate((id) => {
    const line = window.innerHeight * (window.innerWidth < 800 ? 0.6 : 0.5);
    const steps = [...document.getElementById(id)!.closest('[data-scrolly]')!.querySelectorAll<HTMLElement>('[data-step]')];
    return steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id ?? steps[0]!.id;
  }, stepId);
}

/**
 * From each step in turn: resize without scrolling, then check that the active step is the one
 * the new geometry puts on the reading line. Scroll anchoring is off and scroll events are
 * counted, so that only the resize can have moved the step. Returns how often the resize alone
 * changed the step.
 */
async function resizeFromEachStep(page: Page, steps: StepSpec[], resize: () => Promise<unknown>, restore: () => Promise<unknown>): Promise<number> {
  // through the CSSOM: the page's Content-Security-Policy (rightly) refuses an injected <style>.
  // Every part of the article laid out: with scroll anchoring off, a far part coming near with its
  // real size (content-visibility) would move the page as well as the resize.
  await page.evaluate(() => {
    document.documentElement.style.setProperty('overflow-anchor', 'none');
    for (const part of document.querySelectorAll<HTMLElement>('.article-body > *')) part.style.setProperty('content-visibility', 'visible');
  });
  await page.evaluate(() => {
    (window as unknown as { scrolls: number }).scrolls = 0;
    window.addEventListener('scroll', () => (window as unknown as { scrolls: number }).scrolls++);
  });
  let changed = 0;
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expectActive(page, step);
    await page.evaluate(() => ((window as unknown as { scrolls: number }).scrolls = 0));
    await resize();
    const expected = await stepOnReadingLine(page, step.id);
    // near the end of the page a resize may clamp the scroll position, which scrolls: such a
    // step is still checked, but not counted as one the resize alone had to change
    const scrolled = await page.evaluate(() => (window as unknown as { scrolls: number }).scrolls > 0);
    await expectActive(page, steps.find((s) => s.id === expected)!);
    if (expected !== step.id && !scrolled) changed++;
    await restore();
  }
  return changed;
}

for (const locale of locales) {
  const steps = stepsOf(locale.tag);
  const middle = steps[Math.floor(steps.length / 2)]!;

  test.describe(`${locale.label} (${locale.tag})`, () => {
    test('the step at the reading line is active and its graphic shows its state', async ({ page, baseURL }) => {
      const guard = guardPage(page, baseURL!);
      await page.goto(`/${locale.tag}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expectActive(page, step);
      }
      expect(guard.problems).toEqual([]);
    });

    test('a deep link to a step opens on that step', async ({ page }) => {
      await page.goto(`/${locale.tag}/#${middle.id}`);
      await expectActive(page, middle);
    });

    test('a reload mid-article keeps the step', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      await page.reload();
      await expectActive(page, middle);
    });

    test('a fast scroll over several blocks lands on the right step', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const last = steps.at(-1)!;
      await scrollToStep(page, last.id);
      await expectActive(page, last);
      await scrollToStep(page, steps[1]!.id);
      await expectActive(page, steps[1]!);
    });

    test('a resize alone, with no scroll, activates the step the new geometry puts on the reading line', async ({ page }) => {
      await page.goto(`/${locale.tag}/`);
      const size = page.viewportSize()!;
      const flipped = { width: size.height, height: size.width };
      const changed = await resizeFromEachStep(page, steps, () => page.setViewportSize(flipped), () => page.setViewportSize(size));
      // the geometry changed the step at least once, so the controller had to follow the resize
      expect(changed).toBeGreaterThan(0);
    });

    test('an orientation change alone activates the step the new geometry puts on the reading line', async ({ page }, testInfo) => {
      await page.goto(`/${locale.tag}/`);
      const size = page.viewportSize()!;
      const mobile = testInfo.project.use.isMobile ?? false;
      const cdp = await page.context().newCDPSession(page);
      const orient = (width: number, height: number, type: 'portraitPrimary' | 'landscapePrimary') =>
        cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 0, mobile, screenOrientation: { type, angle: type === 'portraitPrimary' ? 0 : 90 } });
      const [turned, upright] = size.width < size.height ? (['landscapePrimary', 'portraitPrimary'] as const) : (['portraitPrimary', 'landscapePrimary'] as const);
      const changed = await resizeFromEachStep(page, steps, () => orient(size.height, size.width, turned), () => orient(size.width, size.height, upright));
      expect(changed).toBeGreaterThan(0);
    });

    test('the language switch keeps the reader on the same step', async ({ page }) => {
      const other = locales.find((l) => l.tag !== locale.tag)!;
      await page.goto(`/${locale.tag}/`);
      await scrollToStep(page, middle.id);
      await expectActive(page, middle);
      await page.getByRole('navigation').getByRole('link', { name: other.label }).click();
      await expect(page).toHaveURL(new RegExp(`/${other.tag}/#${middle.id}$`));
      await expectActive(page, middle);
    });

    test('a jump to a step (its link) shows the state’s final geometry within one frame, with no transition', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${locale.tag}/`);
      for (const graphic of new Set(steps.map((s) => s.graphic))) {
        const summary = await page.locator(`[data-graphic="${graphic}"]`).getAttribute('data-summary');
        const step = steps.find((s) => s.graphic === graphic && s.state !== summary)!;
        await page.goto(`/${locale.tag}/#${step.id}`);
        await expectActive(page, step);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        const first = await geometryOf(page, graphic);
        await page.waitForTimeout(900);
        expect(await geometryOf(page, graphic), `${step.id}: something moved after the jump`).toEqual(first);
      }
    });

    test('under reduced motion a graphic shows its state’s final geometry within one frame of the change', async ({ page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${locale.tag}/`);
      for (const step of steps) {
        await scrollToStepAndWaitOneFrame(page, step);
        const first = await geometryOf(page, step.graphic);
        // longer than any transition would run (800 ms, twice where the casualties change scale),
        // long enough that one would have moved something
        await page.waitForTimeout(900);
        expect(await geometryOf(page, step.graphic), `${step.id}: something moved after the first frame`).toEqual(first);
      }
    });
  });
}

test('a block is laid out as the reader nears it, and a block far from the screen is left alone', async ({ page }) => {
  await page.goto(`/${locales[0]!.tag}/`);
  await settle(page);
  const blocks = page.locator('[data-scrolly]');
  // measuring a far block would make the browser lay out what content-visibility lets it skip
  const far = await blocks.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().top > 2.2 * window.innerHeight));
  const laidOut = await blocks.evaluateAll((all) => all.map((b) => b.dataset.layout !== undefined));
  expect(far.filter(Boolean).length, 'the page has blocks far below the first screen').toBeGreaterThan(0);
  expect(laidOut.filter((done, i) => done && far[i])).toEqual([]);
  // Half a screen below the bottom edge: near, not yet seen. The parts passed on the way take
  // their real heights as they come near, which moves the last block: measured and scrolled
  // again until it stays there (one scroll from the first measure left it out of reach 2 times in 8).
  await expect
    .poll(() => page.evaluate(() => {
      const top = [...document.querySelectorAll('[data-scrolly]')].at(-1)!.getBoundingClientRect().top;
      const wanted = 1.5 * window.innerHeight;
      if (Math.abs(top - wanted) <= 0.25 * window.innerHeight) return true;
      window.scrollBy(0, top - wanted);
      return false;
    }), { intervals: [100] })
    .toBe(true);
  const last = blocks.last();
  await expect(last).toHaveAttribute('data-layout', /^(sticky|stacked)$/);
  expect(await last.evaluate((b) => b.getBoundingClientRect().top > window.innerHeight), 'laid out before the reader sees it').toBe(true);
});

test('a graphic still in the state the build drew is not drawn again when its script starts', async ({ page }) => {
  await page.addInitScript(() => {
    const redrawn: string[] = [];
    Object.assign(window, { redrawn });
    // 'interactive': the parser is done and the page's module scripts are about to run
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      // a state's own parts as the build drew them: a drawing's marks and labels, a state's description
      const drawn = new Set<Node>();
      for (const graphic of document.querySelectorAll('[data-graphic]')) {
        for (const part of graphic.querySelectorAll('svg *, [data-for-state]')) drawn.add(part);
      }
      // a part changed or taken away is drawn again; marks a script adds beside them are not
      new MutationObserver((records) => {
        for (const record of records) {
          const changed = record.type === 'childList' ? [...record.removedNodes].filter((n) => drawn.has(n)) : drawn.has(record.target) ? [record.target] : [];
          for (const node of changed) redrawn.push(`${(node.parentElement ?? (record.target as Element)).closest<HTMLElement>('[data-graphic]')?.dataset.graphic}: ${node.nodeName} ${record.attributeName ?? record.type}`);
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
  await page.goto(`/${locales[0]!.tag}/`);
  await settle(page);
  const untouched = await page.locator('[data-graphic]').evaluateAll((all) => all.filter((g) => g.dataset.state === g.dataset.summary).map((g) => g.dataset.graphic!));
  expect(untouched.length, 'graphics still in their summary state at the top of the page').toBeGreaterThan(0);
  const redrawn = await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn);
  expect(redrawn.filter((r) => untouched.includes(r.split(':')[0]!))).toEqual([]);
});

test('a graphic draws a new step’s state in a task after the scroll frame that found the step', async ({ page }) => {
  const [first, second] = stepsOf(locales[0]!.tag).filter((s) => s.graphic === 'troops');
  await page.goto(`/${locales[0]!.tag}/`);
  await scrollToStep(page, first!.id);
  await expectActive(page, first!);
  await settle(page);
  // mutation records come in one batch per task (a microtask checkpoint): the frame's own changes
  // in one, those of a later task in another
  await page.evaluate(() => {
    const batches: string[][] = [];
    Object.assign(window, { batches });
    new MutationObserver((records) => batches.push(records.map((r) => r.attributeName!))).observe(document.body, { subtree: true, attributeFilter: ['aria-current', 'data-state'] });
  });
  await scrollToStep(page, second!.id);
  await expectActive(page, second!);
  const batches = await page.evaluate(() => (window as unknown as { batches: string[][] }).batches);
  expect(batches.some((b) => b.includes('aria-current')), 'the step marked current').toBe(true);
  expect(batches.some((b) => b.includes('data-state')), 'the graphic’s state changed').toBe(true);
  // drawn in the frame that read the steps' places, a state change made pauses of 100-150 ms on a slow phone
  expect(batches.filter((b) => b.includes('aria-current') && b.includes('data-state'))).toEqual([]);
});
