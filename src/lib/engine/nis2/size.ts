// Size class under EU Recommendation 2003/361 with the BSIG's additions: own figures plus
// linked enterprises in full plus partner enterprises pro rata, neither when the IT is
// independent (§28(4) BSIG). Every threshold and comparison comes from the rules file.
//
// Unknown own figures are not guessed. Instead, sizeSpace() lists a few concrete own values
// per unknown figure that together reach every size class the unknown could produce (0 and,
// for each threshold and each way of aggregating, the smallest own value that passes it).
// Because the class only changes where a figure crosses a threshold, evaluating these
// candidates is exactly as good as evaluating every number, and stays tiny (<= 5 per figure).
import type { SizeComparison, Nis2SizeProfile, Nis2SizeRules, SizeClass } from './types';

export interface SizeFigures {
	staff: number;
	turnoverEur: number;
	balanceSheetEur: number;
}

export type SizeDimension = keyof SizeFigures;
export const SIZE_DIMENSIONS: readonly SizeDimension[] = ['staff', 'turnoverEur', 'balanceSheetEur'];

function passes(value: number, threshold: number, comparison: SizeComparison): boolean {
	return comparison === 'atLeast' ? value >= threshold : value > threshold;
}

/** The thresholds of one figure, medium first. */
export function thresholdsOf(size: Nis2SizeRules, dimension: SizeDimension): [number, number] {
	const t = size.thresholds;
	if (dimension === 'staff') return [t.staffMedium, t.staffLarge];
	if (dimension === 'turnoverEur') return [t.turnoverMedium, t.turnoverLarge];
	return [t.balanceMedium, t.balanceLarge];
}

function comparisonOf(size: Nis2SizeRules, dimension: SizeDimension): SizeComparison {
	return dimension === 'staff' ? size.comparison.staff : size.comparison.euros;
}

/**
 * The size class of known (already aggregated) figures. The staff test is an alternative to
 * the financial test; the financial test combines turnover and balance sheet with AND (or
 * whatever the rules file says).
 */
export function sizeClassOf(size: Nis2SizeRules, figures: SizeFigures): SizeClass {
	const t = size.thresholds;
	const c = size.comparison;
	const reaches = (staffT: number, turnoverT: number, balanceT: number): boolean => {
		const staffOk = passes(figures.staff, staffT, c.staff);
		const turnoverOk = passes(figures.turnoverEur, turnoverT, c.euros);
		const balanceOk = passes(figures.balanceSheetEur, balanceT, c.euros);
		const financialOk = c.financialPair === 'and' ? turnoverOk && balanceOk : turnoverOk || balanceOk;
		return staffOk || financialOk;
	};
	if (reaches(t.staffLarge, t.turnoverLarge, t.balanceLarge)) return 'large';
	if (reaches(t.staffMedium, t.turnoverMedium, t.balanceMedium)) return 'medium';
	return 'small';
}

/** 1-based positions of partners below the partner threshold (they are not partner enterprises). */
export function partnersBelowThreshold(size: Nis2SizeRules, profile: Nis2SizeProfile): number[] {
	return profile.partners.flatMap((p, i) => (p.sharePercent < size.partnerMinSharePercent ? [i + 1] : []));
}

/**
 * The figures of linked enterprises (in full) and partner enterprises (pro rata by share),
 * i.e. what is added to the own figures when the IT is not independent.
 */
export function otherEnterprises(size: Nis2SizeRules, profile: Nis2SizeProfile): SizeFigures {
	const sum: SizeFigures = { staff: 0, turnoverEur: 0, balanceSheetEur: 0 };
	for (const l of profile.linked) {
		for (const d of SIZE_DIMENSIONS) sum[d] += l[d];
	}
	for (const p of profile.partners) {
		if (p.sharePercent < size.partnerMinSharePercent) continue;
		for (const d of SIZE_DIMENSIONS) sum[d] += (p[d] * p.sharePercent) / 100;
	}
	return sum;
}

/**
 * Whether linked/partner figures are added, per possible answer to itIndependent.
 * When they add nothing, both answers give the same figures, so one branch is enough.
 */
export function aggregationBranches(size: Nis2SizeRules, profile: Nis2SizeProfile): boolean[] {
	const others = otherEnterprises(size, profile);
	if (SIZE_DIMENSIONS.every((d) => others[d] === 0)) return [false];
	// Not answered (absent) is open, like 'unknown'.
	if (profile.itIndependent === 'yes') return [false];
	if (profile.itIndependent === 'no') return [true];
	return [true, false];
}

/** Own figure plus the others when counted. One expression, so candidates and checks agree. */
function aggregate(own: number, others: number, countOthers: boolean): number {
	return countOthers ? own + others : own;
}

function ulp(x: number): number {
	return Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
}

/**
 * The smallest non-negative own value (up to rounding) whose aggregate passes the threshold.
 * Rounding can make `threshold - others + others` fall just short, so step up until it passes.
 */
function smallestOwnPassing(threshold: number, others: number, comparison: SizeComparison): number {
	const base = Math.max(0, threshold - others);
	if (passes(aggregate(base, others, true), threshold, comparison)) return base;
	let step = ulp(Math.max(threshold, base, others));
	for (let i = 0; i < 1100; i++) {
		const own = base + step;
		if (passes(aggregate(own, others, true), threshold, comparison)) return own;
		step *= 2;
	}
	return base + 1;
}

export interface SizeSpace {
	/** The answers to itIndependent that are still possible, as "count the others?" */
	branches: boolean[];
	/** Own values to evaluate per figure: the known value, or candidates for an unknown one. */
	candidates: Record<SizeDimension, number[]>;
	/** Class for candidate indices [staff][turnover][balance][branch], flattened. */
	classAt(staff: number, turnover: number, balance: number, branch: number): SizeClass;
	/** Every class reachable. */
	classes: SizeClass[];
	/** The aggregated figures per branch (null where the own figure is unknown). */
	aggregated: { countOthers: boolean; figures: Record<SizeDimension, number | null> }[];
}

export function sizeSpace(size: Nis2SizeRules, profile: Nis2SizeProfile): SizeSpace {
	const branches = aggregationBranches(size, profile);
	const others = otherEnterprises(size, profile);
	const candidates = {} as Record<SizeDimension, number[]>;
	for (const d of SIZE_DIMENSIONS) {
		const own = profile[d];
		if (own !== null) {
			candidates[d] = [own];
			continue;
		}
		const values = new Set<number>([0]);
		for (const countOthers of branches) {
			for (const threshold of thresholdsOf(size, d)) {
				values.add(smallestOwnPassing(threshold, countOthers ? others[d] : 0, comparisonOf(size, d)));
			}
		}
		candidates[d] = [...values].sort((a, b) => a - b);
	}
	const [ns, nt, nb, nr] = [candidates.staff.length, candidates.turnoverEur.length, candidates.balanceSheetEur.length, branches.length];
	const table: SizeClass[] = [];
	const classes = new Set<SizeClass>();
	for (let s = 0; s < ns; s++) {
		for (let t = 0; t < nt; t++) {
			for (let b = 0; b < nb; b++) {
				for (let r = 0; r < nr; r++) {
					const countOthers = branches[r] ?? false;
					const cls = sizeClassOf(size, {
						staff: aggregate(candidates.staff[s] ?? 0, others.staff, countOthers),
						turnoverEur: aggregate(candidates.turnoverEur[t] ?? 0, others.turnoverEur, countOthers),
						balanceSheetEur: aggregate(candidates.balanceSheetEur[b] ?? 0, others.balanceSheetEur, countOthers)
					});
					table.push(cls);
					classes.add(cls);
				}
			}
		}
	}
	const aggregated = branches.map((countOthers) => {
		const figures = {} as Record<SizeDimension, number | null>;
		for (const d of SIZE_DIMENSIONS) {
			const own = profile[d];
			figures[d] = own === null ? null : aggregate(own, others[d], countOthers);
		}
		return { countOthers, figures };
	});
	return {
		branches,
		candidates,
		classAt: (s, t, b, r) => table[((s * nt + t) * nb + b) * nr + r] ?? 'small',
		classes: (['large', 'medium', 'small'] as const).filter((c) => classes.has(c)),
		aggregated
	};
}

/** The size classes a (possibly incomplete) size profile can still have, largest first. */
export function possibleSizeClasses(size: Nis2SizeRules, profile: Nis2SizeProfile): SizeClass[] {
	return sizeSpace(size, profile).classes;
}

/**
 * True when a known aggregated figure lies within nearThresholdPercent of one of its
 * thresholds: then a class change needs two consecutive years, and the note says so.
 */
export function nearSizeThreshold(size: Nis2SizeRules, profile: Nis2SizeProfile): boolean {
	return nearThresholdIn(size, sizeSpace(size, profile));
}

/** nearSizeThreshold for an already computed size space. */
export function nearThresholdIn(size: Nis2SizeRules, space: SizeSpace): boolean {
	const margin = size.nearThresholdPercent / 100;
	return space.aggregated.some(({ figures }) =>
		SIZE_DIMENSIONS.some((d) => {
			const value = figures[d];
			return value !== null && thresholdsOf(size, d).some((t) => Math.abs(value - t) <= t * margin);
		})
	);
}
