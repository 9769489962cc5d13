// The NIS-2 engine must run unchanged in the browser, in Node and in tests: no Svelte, no
// $lib/$app aliases, no DOM, relative imports only; and no legal numbers written in code (they
// belong in the versioned rules JSON). Checked on the source text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, 'nis2');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

/** Source without comments, so that explanations may mention thresholds and globals. */
function code(file: string): string {
	return readFileSync(join(dir, file), 'utf8')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('src/lib/engine/nis2 is pure TypeScript', () => {
	it('finds the engine files it checks', () => {
		expect(files).toEqual(expect.arrayContaining(['classify.ts', 'index.ts', 'parse.ts', 'size.ts', 'types.ts']));
	});

	it.each(files)('%s imports nothing from svelte, $lib or $app, and only relative paths', (file) => {
		const source = code(file);
		const imports = [...source.matchAll(/\b(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/g), ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
		for (const target of imports) {
			expect(target, `${file} imports ${target}`).toMatch(/^\.\.?\//);
			expect(target).not.toMatch(/svelte|\$lib|\$app/);
		}
		expect(source).not.toMatch(/['"](svelte|svelte\/[^'"]*|\$lib[^'"]*|\$app[^'"]*)['"]/);
	});

	it.each(files)('%s uses no DOM or browser globals', (file) => {
		expect(code(file)).not.toMatch(/\b(window|document|localStorage|sessionStorage|indexedDB|navigator|fetch|HTMLElement|location)\b/);
	});

	it.each(files)('%s writes no threshold, amount or share of the law in code', (file) => {
		// Staff 50/250, euros 10m/43m/50m, fines, the 25 % partner share: all in the JSON.
		expect(code(file)).not.toMatch(/\b(25|50|250|10_?000_?000|43_?000_?000|50_?000_?000|7_?000_?000|500_?000)\b|\b\d+e[67]\b/);
	});

	it('loads the current rules from questions/ with a relative path', () => {
		expect(code('current.ts')).toContain("from '../../../../questions/nis2/2025-12-r2.json'");
	});
});
