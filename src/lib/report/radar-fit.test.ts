import { describe, expect, it } from 'vitest';
import { firstFitting, fullRadius, radiusReduction } from './radar-fit';

// Four labels on a 400 × 400 canvas: radius 200 around (200, 200), labels at the top (0°),
// right (90°), bottom (180°) and left (270°) touch the edge with their inner side, so each
// reaches out by its full width (sides) or height (top, bottom), and the radar must shrink by
// that much: the side labels move in by the whole reduction (sin 90° = 1).
const square = { width: 400, height: 400, inset: 0, padding: 0 };
const four = (w: number, h: number) => Array.from({ length: 4 }, () => ({ w, h }));

describe('radiusReduction', () => {
	it('is what the widest side label or tallest top label needs', () => {
		expect(fullRadius(square)).toBe(200);
		expect(radiusReduction(square, four(50, 20))).toBeCloseTo(50);
		expect(radiusReduction(square, four(30, 60))).toBeCloseTo(60);
		expect(radiusReduction(square, [{ w: 0, h: 0 }, { w: 100, h: 10 }, { w: 0, h: 0 }, { w: 0, h: 0 }])).toBeCloseTo(100);
	});
	it('counts the inset and the label padding', () => {
		// 420 wide with 10 px kept free: the same radius 200 around (210, 210), edge at 410;
		// 5 px padding puts the right label at 415, 5 px further out.
		const g = { width: 420, height: 420, inset: 10, padding: 5 };
		expect(fullRadius(g)).toBe(200);
		expect(radiusReduction(g, [{ w: 0, h: 0 }, { w: 50, h: 10 }, { w: 0, h: 0 }, { w: 0, h: 0 }])).toBeCloseTo(55);
	});
	it('is 0 when every label is inside', () => {
		expect(radiusReduction({ width: 400, height: 400, inset: 0, padding: -60 }, four(50, 20))).toBe(0);
	});
});

describe('firstFitting', () => {
	it('takes the first choice that needs at most 45 % of the radius', () => {
		// Labels 10 px wide per px of font: 9 px needs 90 = 45 % of 200, 10 px needs 100.
		const sizes = [13, 12, 11, 10, 9, 8, 7];
		expect(firstFitting(square, sizes, (s) => four(10 * s, 2 * s))).toBe(9);
	});
	it('falls back to the last choice when none fits', () => {
		expect(firstFitting(square, [13, 12], (s) => four(100 * s, 2 * s))).toBe(12);
	});
});
