import { describe, expect, it } from 'vitest';
import { alwaysLoaded } from '../../scripts/always-loaded.js';

const chunk = (fileName: string, imports: string[] = []) => ({ type: 'chunk' as const, fileName, imports });

/** Runs the plugin's generateBundle on a made-up client bundle. */
function filterFor(environment: string) {
	const { plugin, preloadFilter } = alwaysLoaded();
	const bundle = Object.fromEntries(
		[
			chunk('_app/immutable/entry/start.A.js', ['_app/immutable/chunks/kit.js']),
			chunk('_app/immutable/entry/app.B.js', ['_app/immutable/chunks/svelte.js']),
			chunk('_app/immutable/nodes/0.C.js', ['_app/immutable/chunks/layout-state.js']),
			chunk('_app/immutable/chunks/layout-state.js', ['_app/immutable/chunks/idb.js']),
			chunk('_app/immutable/nodes/4.D.js', ['_app/immutable/chunks/questionnaire.js', '_app/immutable/chunks/svelte.js']),
			chunk('_app/immutable/nodes/10.E.js', ['_app/immutable/chunks/readiness.js'])
		].map((c) => [c.fileName, c])
	);
	const hook = plugin.generateBundle as unknown as (this: unknown, options: unknown, bundle: unknown) => void;
	hook.call({ environment: { name: environment } }, {}, bundle);
	return preloadFilter;
}

describe('preload lists without what every page has loaded', () => {
	it('drop the entry, the route table, the root layout and all they import, and keep the rest', () => {
		const filter = filterFor('client');
		const deps = ['_app/immutable/chunks/svelte.js', '_app/immutable/chunks/idb.js', '_app/immutable/nodes/0.C.js', '_app/immutable/chunks/questionnaire.js', '_app/immutable/nodes/10.E.js'];
		expect(filter('_app/immutable/nodes/4.D.js', deps)).toEqual(['_app/immutable/chunks/questionnaire.js', '_app/immutable/nodes/10.E.js']);
	});

	it('leave the server build alone', () => {
		expect(filterFor('ssr')('x.js', ['_app/immutable/chunks/svelte.js'])).toEqual(['_app/immutable/chunks/svelte.js']);
	});
});
