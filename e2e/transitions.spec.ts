/**
 * What the reader sees while a graphic changes state: in every frame, the labels shown (legend
 * included) belong to one state, never to two at once; a legend cannot say "1 mark = 1 person"
 * over marks that already stand for ten. Each state's labels are read first, at rest; then the
 * frames of a scroll to the next step, and of a fling across several steps, are recorded.
 */
import { expect, test, type Page } from '@playwright/test';
import { locales, scrollToStep, stepsOf, type StepSpec } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

interface Seen {
  text: string;
  opacity: number;
}

/**
 * Puts into the page, before its scripts, the one reader of a graphic's labels that the reader
 * can see (displayed, more than faintly opaque), with their opacity, and a recorder of them.
 */
async function installLabelReader(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { visibleLabels_: (name: string) => Seen[]; frames_: Seen[][] };
    w.visibleLabels_ = (name) => {
      const root = document.querySelector<HTMLElement>(`[data-graphic="${name}"]`)!;
      const opacity = (el: Element) => {
        let o = 1;
        for (let n: Element | null = el; n && n !== root; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
        return o;
      };
      return [...root.querySelectorAll('svg text')]
        .filter((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0 && opacity(t) > 0.05)
        .map((t) => ({ text: t.textContent ?? '', opacity: opacity(t) }));
    };
    w.frames_ = [];
  });
}

/** Records the visible labels in every frame while `move` runs and for `ms` after. */
async function framesDuring(page: Page, graphic: string, move: () => Promise<void>, ms = 1500): Promise<Seen[][]> {
  await page.evaluate((name) => {
    const w = window as unknown as { visibleLabels_: (name: string) => Seen[]; frames_: Seen[][] };
    const sample = () => {
      w.frames_.push(w.visibleLabels_(name));
      if (w.frames_.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, graphic);
  await move();
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { frames_: Seen[][] }).frames_.splice(0));
}

/** Each state's labels at rest, read under reduced motion. */
async function labelsAtRest(page: Page, steps: StepSpec[]): Promise<Map<string, Set<string>>> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sets = new Map<string, Set<string>>();
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expect(page.locator(`[data-graphic="${step.graphic}"]`)).toHaveAttribute('data-state', step.state);
    await page.waitForTimeout(50);
    const seen = await page.evaluate((name) => (window as unknown as { visibleLabels_: (name: string) => Seen[] }).visibleLabels_(name), step.graphic);
    sets.set(step.state, new Set(seen.map((label) => label.text)));
  }
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  return sets;
}

/** Frames whose labels no single state shows together. */
function mixedFrames(frames: Seen[][], sets: Map<string, Set<string>>): string[] {
  return frames
    .filter((frame) => ![...sets.values()].some((set) => frame.every((label) => set.has(label.text))))
    .map((frame) => frame.map((label) => label.text).join(' | '));
}

const GRAPHICS = ['casualties', 'troops', 'geneva', 'nordstream'];

for (const locale of locales) {
  for (const graphic of GRAPHICS) {
    test(`${locale.tag}, ${graphic}: while the graphic moves to the next state, every frame shows one state's labels`, async ({ page }) => {
      test.setTimeout(180_000);
      const steps = stepsOf(locale.tag).filter((s) => s.graphic === graphic);
      await installLabelReader(page);
      await page.goto(`/${locale.tag}/`);
      // a block is laid out when the reader comes near it
      await scrollToStep(page, steps[0]!.id);
      // transitions belong to the sticky layout: a stacked block's copies never change state
      await expect(page.locator('[data-scrolly]', { has: page.locator(`[data-graphic="${graphic}"]`) })).toHaveAttribute('data-layout', 'sticky');
      const sets = await labelsAtRest(page, steps);
      await scrollToStep(page, steps[0]!.id);
      await page.waitForTimeout(1200);
      const problems: string[] = [];
      for (const step of steps.slice(1)) {
        const frames = await framesDuring(page, graphic, () => scrollToStep(page, step.id));
        await expect(page.locator(`[data-graphic="${graphic}"]`)).toHaveAttribute('data-state', step.state);
        problems.push(...mixedFrames(frames, sets).map((f) => `to ${step.state}: ${f}`));
      }
      expect(problems).toEqual([]);
    });
  }

  test(`${locale.tag}: a fling across the troop map's steps goes from state to state without a crossfade`, async ({ page }) => {
    test.setTimeout(180_000);
    const steps = stepsOf(locale.tag).filter((s) => s.graphic === 'troops');
    await installLabelReader(page);
    await page.goto(`/${locale.tag}/`);
    const sets = await labelsAtRest(page, steps);
    await scrollToStep(page, steps[0]!.id);
    await page.waitForTimeout(1200);
    const last = steps.at(-1)!;
    const frames = await framesDuring(page, 'troops', async () => {
      await page.evaluate(async (id) => {
        const target = window.scrollY + document.getElementById(id)!.getBoundingClientRect().top - window.innerHeight / 3;
        // a flick of the thumb: 4,000 px a second, one move per frame, however long the frames take
        // (on a busy machine they are slow, and a fixed or capped move per frame would be a slow
        // scroll, which rightly animates)
        let then = performance.now();
        while (Math.abs(target - window.scrollY) > 1) {
          const now = performance.now();
          const move = Math.max(1, Math.round(4 * (now - then)));
          then = now;
          window.scrollBy({ top: Math.sign(target - window.scrollY) * Math.min(move, Math.abs(target - window.scrollY)), behavior: 'instant' });
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }, last.id);
    });
    await expect(page.locator('[data-graphic="troops"]')).toHaveAttribute('data-state', last.state);
    expect(mixedFrames(frames, sets)).toEqual([]);
    // no crossfade: every label the fling passes is shown whole or not at all
    const fading = frames.flat().filter((label) => label.opacity < 0.95).map((label) => `${label.text} at ${label.opacity.toFixed(2)}`);
    expect(fading).toEqual([]);
  });
}
