import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const de = JSON.parse(readFileSync('messages/de.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;
const keys = (o: Record<string, string>) => Object.keys(o).filter((k) => k !== '$schema').sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : sources(path);
		// The app's own code; tests and the generated validators are not part of it.
		return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('the message files', () => {
	it('have the same keys in German and English', () => {
		expect(keys(en)).toEqual(keys(de));
	});

	it('have no empty text and the same placeholders in both languages', () => {
		for (const key of keys(de)) {
			expect(de[key]!.trim(), key).not.toBe('');
			expect(en[key]!.trim(), key).not.toBe('');
			expect(placeholders(en[key]!), key).toEqual(placeholders(de[key]!));
		}
	});

	it('name every message in snake_case', () => {
		expect(keys(de).filter((k) => !/^[a-z][a-z0-9_]*$/.test(k))).toEqual([]);
	});

	it('hold every message the code uses, and the code uses every message', () => {
		// Any identifier after m. counts, so a camelCase key cannot hide from this check.
		const used = new Set(sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bm\.([A-Za-z_$][\w$]*)/g)].map((x) => x[1]!)));
		const defined = new Set(keys(de));
		expect([...used].filter((k) => !defined.has(k))).toEqual([]);
		expect([...defined].filter((k) => !used.has(k))).toEqual([]);
	});
});

describe('the engine', () => {
	it('imports nothing but relative modules: no Svelte, $lib, $app or DOM', () => {
		for (const file of sources('src/lib/engine')) {
			const text = readFileSync(file, 'utf8');
			const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((x) => x[1]!);
			for (const target of imports) expect(target, `${file} imports ${target}`).toMatch(/^\.\.?\//);
			expect(text, file).not.toMatch(/\b(window|document|localStorage|indexedDB)\./);
		}
	});
});
