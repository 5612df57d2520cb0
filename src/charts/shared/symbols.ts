/**
 * Map symbols as SVG paths centred on 0,0, so that one path serves every position (placed with
 * a transform) and the client can redraw a symbol at a new size with the same function.
 */

/** a circle of radius r */
export const circlePath = (r: number): string => `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** a square of side 2r */
export const squarePath = (r: number): string => `M${-r} ${-r}h${2 * r}v${2 * r}h${-2 * r}z`;

/** a triangle pointing up, about as large as a circle of radius r */
export const trianglePath = (r: number): string => `M0 ${-r * 1.25}L${r * 1.15} ${r * 0.8}H${-r * 1.15}z`;
