// Keeps the radar chart's topic labels inside the canvas. Chart.js moves the labels in by
// shrinking the radar, but by at most half its radius (RadialLinearScale.setCenterPoint); when
// labels need more room than that they are cut at the canvas edge. So the label font is chosen
// here (and how narrow the labels wrap): the largest whose labels need a reduction Chart.js
// still makes in full. Pure geometry, the same as Chart.js 4's fitWithPointLabels, with the
// text measured by the caller.

export interface LabelSize {
	w: number;
	h: number;
}

export interface RadarGeometry {
	width: number;
	height: number;
	/** space Chart.js keeps free on every side (half the tick label's backdrop height) */
	inset: number;
	/** distance between the radar's outer ring and its labels (pointLabels.padding) */
	padding: number;
}

/** Where a text box starts and ends along one axis (Chart.js's determineLimits). */
function limits(angle: number, pos: number, size: number, min: number, max: number): [number, number] {
	if (angle === min || angle === max) return [pos - size / 2, pos + size / 2];
	if (angle < min || angle > max) return [pos - size, pos];
	return [pos, pos + size];
}

/** How far Chart.js has to shrink the radar (in px) so that labels of these sizes fit. */
export function radiusReduction(g: RadarGeometry, sizes: LabelSize[]): number {
	const w = g.width - 2 * g.inset;
	const h = g.height - 2 * g.inset;
	const cx = Math.floor(g.inset + w / 2);
	const cy = Math.floor(g.inset + h / 2);
	const radius = Math.floor(Math.min(w, h) / 2);
	const edge = { l: g.inset, r: g.width - g.inset, t: g.inset, b: g.height - g.inset };
	let reduction = 0;
	sizes.forEach((size, i) => {
		const a = (2 * Math.PI * i) / sizes.length;
		const x = cx + Math.sin(a) * (radius + g.padding);
		const y = cy - Math.cos(a) * (radius + g.padding);
		const degrees = Math.round((a * 180) / Math.PI);
		const [left, right] = limits(degrees, x, size.w, 0, 180);
		const [top, bottom] = limits(degrees, y, size.h, 90, 270);
		const sin = Math.abs(Math.sin(a));
		const cos = Math.abs(Math.cos(a));
		const over = (amount: number, along: number) => (amount <= 0 ? 0 : along < 1e-9 ? Infinity : amount / along);
		reduction = Math.max(reduction, over(edge.l - left, sin), over(right - edge.r, sin), over(edge.t - top, cos), over(bottom - edge.b, cos));
	});
	return reduction;
}

/** The radar's radius before Chart.js makes room for the labels. */
export function fullRadius(g: RadarGeometry): number {
	return Math.floor(Math.min(g.width - 2 * g.inset, g.height - 2 * g.inset) / 2);
}

/**
 * The first of `choices` (best first: e.g. font size and line width) whose labels Chart.js can
 * fit in full, keeping a margin: the reduction stays within 45 % of the radius (Chart.js stops
 * at 50 %). `measure` gives the label boxes for a choice. The last choice when none fits.
 */
export function firstFitting<T>(g: RadarGeometry, choices: T[], measure: (choice: T) => LabelSize[]): T {
	const limit = 0.45 * fullRadius(g);
	return choices.find((choice) => radiusReduction(g, measure(choice)) <= limit) ?? choices[choices.length - 1]!;
}

/** A drawn label's box: left, top, right, bottom in px. */
export type Box = [number, number, number, number];
