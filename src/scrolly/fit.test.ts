import { describe, expect, it } from 'vitest';
import { MAX_CARD_SHARE, TEXT_BAND, fitBlock, type BlockGeometry } from './fit';

/** A phone in portrait: the graphic above the text, a 700×600 drawing whose labels need 300 px. */
const phone = (over: Partial<BlockGeometry> = {}): BlockGeometry => ({
  viewportHeight: 812,
  top: 48,
  chrome: 90,
  columnWidth: 359,
  aspect: 600 / 700,
  minWidth: 300,
  sideBySide: false,
  tallestCard: 200,
  ...over,
});

describe('fitBlock', () => {
  it('keeps a tall phone sticky, the drawing as wide as its column', () => {
    expect(fitBlock(phone())).toEqual({ layout: 'sticky', width: 359 });
  });

  it('narrows the drawing to the height left above the text band', () => {
    const g = phone({ viewportHeight: 640 });
    const height = 640 - 48 - 90 - 640 * TEXT_BAND;
    expect(fitBlock(g)).toEqual({ layout: 'sticky', width: Math.floor(height / g.aspect) });
  });

  it('stacks where the height left would shrink the labels below their readable size', () => {
    expect(fitBlock(phone({ viewportHeight: 568, columnWidth: 304 })).layout).toBe('stacked');
  });

  it('stacks a landscape phone even with the text beside the graphic', () => {
    expect(fitBlock(phone({ viewportHeight: 375, columnWidth: 444, sideBySide: true })).layout).toBe('stacked');
  });

  it('keeps a laptop sticky, the drawing sized to the screen height rather than the column', () => {
    const g = phone({ viewportHeight: 650, columnWidth: 720, sideBySide: true });
    expect(fitBlock(g)).toEqual({ layout: 'sticky', width: Math.floor((650 - 48 - 90) / g.aspect) });
  });

  it('stacks when a larger default font makes the readable width wider than the column', () => {
    expect(fitBlock(phone({ minWidth: 450 })).layout).toBe('stacked');
  });

  it('stacks when a card over a graphic above the text would take too much of the screen', () => {
    expect(fitBlock(phone({ tallestCard: 812 * MAX_CARD_SHARE + 1 })).layout).toBe('stacked');
  });

  it('lets a card beside the graphic be taller, as long as it fits the screen', () => {
    expect(fitBlock(phone({ sideBySide: true, columnWidth: 600, tallestCard: 500 })).layout).toBe('sticky');
    expect(fitBlock(phone({ sideBySide: true, columnWidth: 600, tallestCard: 800 })).layout).toBe('stacked');
  });

  it('sizes a stacked copy to fit the screen under the masthead', () => {
    const g = phone({ viewportHeight: 400, columnWidth: 616 });
    expect(fitBlock(g)).toEqual({ layout: 'stacked', width: Math.floor((400 - 48 - 90) / g.aspect) });
  });

  it('never shrinks a stacked copy below its readable width, even on a screen too short for it', () => {
    expect(fitBlock(phone({ viewportHeight: 300, columnWidth: 616 }))).toEqual({ layout: 'stacked', width: 300 });
  });
});
