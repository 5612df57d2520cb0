/**
 * A graphic's two label sets take their font sizes from its layout, which placed the labels at
 * those sizes: the component writes them as custom properties on the graphic's container, and
 * the graphic's CSS reads them (`font-size: var(--label-compact)`), so no size is copied by hand.
 * The container query that switches the sets cannot read a custom property; it repeats the
 * layout's WIDE_MIN_PX, and e2e/labels.spec.ts measures the sets on both sides of it.
 */
export function labelSizeStyle(font: { compact: number; wide: number }): string {
  // SVG user units: inside the viewBox, 1 CSS px is one viewBox unit
  return `--label-compact:${font.compact}px;--label-wide:${font.wide}px`;
}
