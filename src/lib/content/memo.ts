// One promise per key: each content part is loaded once per version and language, and every
// caller of the same part shares the same load.
export function memoised<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
	const cache = new Map<string, Promise<T>>();
	return (key, load) => {
		let loaded = cache.get(key);
		if (!loaded) {
			loaded = load();
			cache.set(key, loaded);
		}
		return loaded;
	};
}
