// Dates and numbers in the user's language.
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'de' ? 'de-DE' : 'en-GB');

export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | Date): string {
	return new Intl.DateTimeFormat(tag(), { dateStyle: 'long' }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatPercent(value: number): string {
	return new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(Math.round(value)) + '\u202f%';
}
