// The UI language as reactive state. Paraglide's message functions read the locale through
// getLocale(); pointing it at this state makes every message re-render when the user
// switches language, without a page reload. Prerendered HTML is German (the base locale);
// a remembered English choice is applied right after hydration.
import { baseLocale, isLocale, overwriteGetLocale, overwriteSetLocale, type Locale } from '$lib/paraglide/runtime';
import type { Text } from '$lib/engine/din';

const STORAGE_KEY = 'kmu-cyber-check:locale';

class LocaleState {
	current = $state<Locale>(baseLocale);
}

export const locale = new LocaleState();

overwriteGetLocale(() => locale.current);
overwriteSetLocale((next) => {
	locale.current = next;
	document.documentElement.lang = next;
	try {
		localStorage.setItem(STORAGE_KEY, next);
	} catch {
		// Storage may be blocked (private mode, iframes): the choice then lasts for this visit.
	}
});

/** The first of the browser's languages the app has ("en-GB" → en), else German. */
export function preferredLocale(languages: readonly string[]): Locale {
	for (const language of languages) {
		const primary = language.toLowerCase().split('-')[0] ?? '';
		if (isLocale(primary)) return primary;
	}
	return baseLocale;
}

/** Applies the language remembered on this device; on a first visit, the browser's. */
export function restoreLocale(): void {
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(STORAGE_KEY);
	} catch {
		saved = null;
	}
	const next = saved && isLocale(saved) ? saved : preferredLocale(navigator.languages ?? [navigator.language]);
	if (next !== locale.current) locale.current = next;
	document.documentElement.lang = locale.current;
}

/**
 * A catalogue or rules text in the current language. Content is loaded one language at a time;
 * for the moment after a switch, while the other language is on its way, the text at hand is
 * shown rather than nothing.
 */
export function t(text: Text): string {
	return text[locale.current] ?? text.de ?? text.en ?? '';
}
