/**
 * Placing point labels so they stay inside the chart's frame: estimate the frame and a label's size in pixels
 * before Plot renders, and pick, among the sides a label may take, the first that fits.
 * @module
 */
import { DEFAULT_FONT_SIZE, DEFAULT_HEIGHT, DEFAULT_WIDTH, FRAME_MARGINS } from "./figure.ts";

/** The frame (the plotting area inside the axes) in pixels, and the text size. */
export interface Frame {
  /** Width of the frame in pixels. */
  width: number;
  /** Height of the frame in pixels. */
  height: number;
  /** Font size in pixels. */
  fontSize: number;
}

/**
 * The frame a chart of the given size will have with the default margins. The left margin may grow for long
 * tick labels, which makes the true frame a little narrower; labels keep a few pixels of slack for that.
 * @param options the chart's `width`, `height` and `fontSize` (defaults 640, 400, 12)
 * @returns the frame's size
 */
export function estimateFrame(options: { width?: number; height?: number; fontSize?: number }): Frame {
  const { width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, fontSize = DEFAULT_FONT_SIZE } = options;
  return {
    width: Math.max(width - FRAME_MARGINS.left - FRAME_MARGINS.right, 1),
    height: Math.max(height - FRAME_MARGINS.top - FRAME_MARGINS.bottom, 1),
    fontSize,
  };
}

/**
 * The width of a one-line label in pixels, estimated from its length: an average glyph of the system sans-serif
 * font is about 0.6 em wide (0.66 em in bold). Generous on purpose: it decides whether a label fits.
 * @param text the label
 * @param fontSize the font size in pixels
 * @param bold whether the label is bold
 * @returns the estimated width
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return [...text].length * fontSize * (bold ? 0.66 : 0.6);
}

/** Where a label sits relative to its point. */
export interface Placement {
  /** The label extends to the right of the point (`textAnchor: "start"`), or to its left (`"end"`). */
  right: boolean;
  /** The label's centre is below the point (`dy > 0`), level with it (`dy = 0`) or above it (`dy < 0`). */
  dy: number;
}

/** A label to place: its point's position in the frame (0 to 1 from the left and from the top) and its size. */
export interface LabelBox {
  /** Horizontal position of the point, 0 at the frame's left edge, 1 at its right edge. */
  fx: number;
  /** Vertical position of the point, 0 at the frame's top edge, 1 at its bottom edge. */
  fy: number;
  /** The label's width in pixels. */
  width: number;
  /** Horizontal gap between the point and the label's near end, in pixels. */
  dx: number;
}

/**
 * How many pixels a label would stick out of the frame on any side.
 * @param box the label and its point
 * @param placement the side it would take
 * @param frame the frame
 * @returns the total overflow in pixels, 0 when it fits
 */
export function overflow(box: LabelBox, placement: Placement, frame: Frame): number {
  const x = box.fx * frame.width;
  const y = box.fy * frame.height + placement.dy;
  const [left, right] = placement.right
    ? [x + box.dx, x + box.dx + box.width]
    : [x - box.dx - box.width, x - box.dx];
  const half = frame.fontSize * 0.6;
  return Math.max(0, -left) + Math.max(0, right - frame.width) + Math.max(0, half - y) +
    Math.max(0, y + half - frame.height);
}

/**
 * The first of the candidate placements that keeps the label inside the frame, or, when none does, the one
 * that sticks out least.
 * @param box the label and its point
 * @param candidates the placements to try, best first
 * @param frame the frame
 * @returns the chosen placement
 */
export function placeLabel(box: LabelBox, candidates: readonly Placement[], frame: Frame): Placement {
  let best = candidates[0];
  let least = Infinity;
  for (const candidate of candidates) {
    const out = overflow(box, candidate, frame);
    if (out === 0) return candidate;
    if (out < least) {
      least = out;
      best = candidate;
    }
  }
  return best;
}

/**
 * The position of a value on a linear axis as a fraction of the frame, 0 at `min`, 1 at `max`.
 * @param value the value
 * @param min the axis' low end
 * @param max the axis' high end
 * @returns the fraction
 */
export function fraction(value: number, min: number, max: number): number {
  return max > min ? (value - min) / (max - min) : 0.5;
}

// The spacing of about `count` round ticks on [start, stop], as d3's tickIncrement: a step of 1, 2 or 5 × 10ᵏ,
// written as −10ᵏ/factor (a negative inverse) when below 1 so that it stays exact.
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
}

/**
 * The domain a linear scale with `nice: true` ends up with: `[lo, hi]` widened to round tick values, the way
 * Plot (d3's `linear.nice()`, 10 ticks) does it, so labels can be placed before Plot renders.
 * @param lo the low end
 * @param hi the high end, > `lo`
 * @returns the widened domain
 */
export function niceDomain(lo: number, hi: number): [number, number] {
  let prestep: number | undefined;
  for (let k = 0; k < 10; k++) {
    const step = tickIncrement(lo, hi, 10);
    if (step === prestep || step === 0 || !Number.isFinite(step)) break;
    if (step > 0) {
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
    } else {
      lo = Math.ceil(lo * step) / step;
      hi = Math.floor(hi * step) / step;
    }
    prestep = step;
  }
  return [lo, hi];
}
