// The checker the rules-file validation (parse.ts) is written with: it collects every problem
// with its JSON path (as JSON Pointer, like scripts/validate-questions.js prints).
export type Json = Record<string, unknown>;

export const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
export const SLUG = /^[a-z][a-z0-9-]*$/;
export const ROW_ID = /^A([12])-[0-9]+\.[0-9]+\.[0-9]+$/;
export const PERIOD = /^P([0-9]+[YMWD])+$|^PT[0-9]+H$/;
export const POSITIVE_VALUES = ['yes', 'qualified', 'non_qualified'];

export class Checker {
	readonly problems: string[] = [];

	fail(path: string, message: string): void {
		this.problems.push(`${path || '/'}: ${message}`);
	}

	/** An object with exactly the allowed keys; returns it for further checks, or null. */
	object(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json | null {
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			this.fail(path, 'must be an object');
			return null;
		}
		const obj = value as Json;
		for (const key of required) if (!(key in obj)) this.fail(path, `missing "${key}"`);
		for (const key of Object.keys(obj)) {
			if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}/${key}`, 'unknown property');
		}
		return obj;
	}

	array(value: unknown, path: string, minItems = 0, maxItems = Infinity): unknown[] {
		if (!Array.isArray(value)) {
			this.fail(path, 'must be an array');
			return [];
		}
		if (value.length < minItems) this.fail(path, `must have at least ${minItems} item(s)`);
		if (value.length > maxItems) this.fail(path, `must have at most ${maxItems} item(s)`);
		return value;
	}

	string(value: unknown, path: string, pattern?: RegExp): value is string {
		if (typeof value !== 'string' || value.length === 0) {
			this.fail(path, 'must be a non-empty string');
			return false;
		}
		if (pattern && !pattern.test(value)) {
			this.fail(path, `"${value}" does not match ${pattern.source}`);
			return false;
		}
		return true;
	}

	number(
		value: unknown,
		path: string,
		limits: { min?: number; exclusiveMin?: number; max?: number; integer?: boolean } = {}
	): value is number {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			this.fail(path, 'must be a finite number');
			return false;
		}
		if (limits.integer && !Number.isInteger(value)) this.fail(path, 'must be an integer');
		if (limits.min !== undefined && value < limits.min) this.fail(path, `must be >= ${limits.min}`);
		if (limits.exclusiveMin !== undefined && value <= limits.exclusiveMin) this.fail(path, `must be > ${limits.exclusiveMin}`);
		if (limits.max !== undefined && value > limits.max) this.fail(path, `must be <= ${limits.max}`);
		return true;
	}

	oneOf<T>(value: unknown, path: string, allowed: readonly T[]): value is T {
		if (!allowed.includes(value as T)) {
			this.fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
			return false;
		}
		return true;
	}

	text(value: unknown, path: string): void {
		const obj = this.object(value, path, ['de', 'en']);
		if (!obj) return;
		this.string(obj.de, `${path}/de`);
		this.string(obj.en, `${path}/en`);
	}

	date(value: unknown, path: string): void {
		if (!this.string(value, path, DATE)) return;
		// The pattern admits 2025-02-31; a real calendar date is required.
		const parsed = new Date(`${value}T00:00:00Z`);
		if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) this.fail(path, `"${value}" is not a calendar date`);
	}

	/** Each id once; reports the later occurrence with a pointer to the first. */
	unique(items: unknown[], path: string, what: string, key = 'id'): Map<string, number> {
		const seen = new Map<string, number>();
		items.forEach((item, i) => {
			const id = item && typeof item === 'object' ? (item as Json)[key] : undefined;
			if (typeof id !== 'string' && typeof id !== 'number') return;
			const name = String(id);
			const first = seen.get(name);
			if (first !== undefined) this.fail(`${path}/${i}/${key}`, `duplicate ${what} "${name}" (first at ${path}/${first}/${key})`);
			else seen.set(name, i);
		});
		return seen;
	}

	uniqueValues(values: unknown[], path: string): void {
		values.forEach((v, i) => {
			if (values.indexOf(v) !== i) this.fail(`${path}/${i}`, `duplicate value ${JSON.stringify(v)}`);
		});
	}
}

export const asJson = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
