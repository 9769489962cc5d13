// Dates and numbers in the user's language.
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'de' ? 'de-DE' : 'en-GB');

// A date that is no date (stored damaged, or by hand) is shown as it stands: one bad value
// must never stop a page from showing the rest.
function format(value: string | Date, options: Intl.DateTimeFormatOptions): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(tag(), options).format(date);
}

export function formatDateTime(iso: string): string {
	return format(iso, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | Date): string {
	return format(iso, { dateStyle: 'long' });
}

export function formatPercent(value: number): string {
	return new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(Math.round(value)) + '\u202f%';
}

/**
 * Two dates that must be told apart (the columns of a comparison): the day where the days
 * differ, with the time where they do not, and numbered where even the minute is the same.
 */
export function distinctDates(a: string, b: string, numbered: (date: string, n: number) => string): [string, string] {
	const [dayA, dayB] = [formatDate(a), formatDate(b)];
	if (dayA !== dayB) return [dayA, dayB];
	const [timeA, timeB] = [formatDateTime(a), formatDateTime(b)];
	return timeA !== timeB ? [timeA, timeB] : [numbered(timeA, 1), numbered(timeB, 2)];
}
