// Vite plugin and preload filter: the JS chunks every page has loaded before it can navigate
// or load anything lazily – the client entry, the route table and the root layout, with all
// they import statically. Vite lists a lazy import's dependencies for preloading; naming these
// again in every list (the route table lists each page's) only adds hashed file names to the
// first visit, so preloadFilter leaves them out. What is left is preloaded as before.

/** @returns {{ plugin: import('vite').Plugin, preloadFilter: (file: string, deps: string[]) => string[] }} */
export function alwaysLoaded() {
	/** @type {Set<string>} */
	const loaded = new Set();
	return {
		plugin: {
			name: 'kmu-always-loaded',
			apply: 'build',
			// Runs before Vite's own generateBundle (a post plugin) writes the preload lists.
			generateBundle(_options, bundle) {
				if (this.environment?.name !== 'client') return;
				const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])));
				const todo = [...chunks.values()].filter((c) => /\/entry\/(start|app)\.[^/]+\.js$/.test(c.fileName) || /\/nodes\/0\.[^/]+\.js$/.test(c.fileName)).map((c) => c.fileName);
				while (todo.length) {
					const file = /** @type {string} */ (todo.pop());
					if (loaded.has(file)) continue;
					loaded.add(file);
					todo.push(...(chunks.get(file)?.imports ?? []));
				}
			}
		},
		preloadFilter: (_file, deps) => deps.filter((dep) => !loaded.has(dep))
	};
}
