// The NIS-2 rules as the app loads them: one revision in one language (see
// scripts/content-plugin.js). Validated at build time, only cast here.
import { nis2Loaders, nis2Rules } from 'virtual:kmu-content';
import type { Locale, Nis2Rules } from '$lib/engine/nis2';

/** The rules new answers are given under. */
export const currentNis2Ref = nis2Rules.at(-1)!;

const cache = new Map<string, Promise<Nis2Rules>>();

export function knowsNis2Rules(id: string): boolean {
	return id in nis2Loaders;
}

export function loadNis2Rules(id: string, locale: Locale): Promise<Nis2Rules> | undefined {
	if (!knowsNis2Rules(id)) return undefined;
	const key = `${id}/${locale}`;
	let loaded = cache.get(key);
	if (!loaded) {
		loaded = nis2Loaders[id]![locale]().then((module) => module.default as Nis2Rules);
		cache.set(key, loaded);
	}
	return loaded;
}

export function loadCurrentNis2Rules(locale: Locale): Promise<Nis2Rules> {
	return loadNis2Rules(currentNis2Ref.id, locale)!;
}
