import { describe, expect, it } from 'vitest';
import { preferredLocale } from './locale.svelte';

describe('preferredLocale', () => {
	it('takes the first of the browser\'s languages the app has', () => {
		expect(preferredLocale(['en-GB', 'de'])).toBe('en');
		expect(preferredLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
		expect(preferredLocale(['EN-us'])).toBe('en');
	});

	it('falls back to German when none fits', () => {
		expect(preferredLocale(['fr-FR', 'pl'])).toBe('de');
		expect(preferredLocale([])).toBe('de');
	});
});
