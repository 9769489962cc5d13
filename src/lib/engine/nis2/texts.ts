// Texts the engine puts together: rule texts with their placeholders filled, and warnings.
// Rules may carry one language only (the app loads them per language), so a text is filled in
// every language it has. Numbers in warnings are whole percentages from the rules file,
// written as they are; everything shown with a unit or a thousands separator is formatted by
// the UI (src/lib/i18n/).
import type { EngineWarningId } from './parse';
import type { Locale, Nis2Row, Nis2Rules, Nis2Warning, Text } from './types';

const LOCALES: readonly Locale[] = ['de', 'en'];
const QUOTES: Record<Locale, [string, string]> = { de: ['„', '“'], en: ['"', '"'] };

const localesOf = (text: Text) => LOCALES.filter((l) => typeof text[l] === 'string');

export function fill(text: Text, values: Partial<Record<string, Text>>): Text {
	const out = {} as Text;
	for (const locale of localesOf(text)) {
		out[locale] = text[locale].replace(/\{(\w+)\}/g, (whole, key: string) => values[key]?.[locale] ?? whole);
	}
	return out;
}

export function quoteRows(rows: Nis2Row[]): Text {
	const out = {} as Text;
	for (const locale of rows.length > 0 ? localesOf(rows[0]!.name) : LOCALES) {
		const [open, close] = QUOTES[locale];
		out[locale] = rows.map((r) => `${open}${r.name[locale]}${close}`).join(', ');
	}
	return out;
}

export function plain(value: string | number): Text {
	return { de: String(value), en: String(value) };
}

/** The warnings of one classification, with the rules' texts. */
export class Warnings {
	readonly list: Nis2Warning[] = [];
	constructor(private readonly rules: Nis2Rules) {}

	add(id: EngineWarningId, items: string[], values: Partial<Record<string, Text>>): void {
		if (items.length === 0) return;
		const info = this.rules.warnings.find((w) => w.id === id);
		// The build checks that every engine warning has a text; stay safe for hand-made rules.
		const text = info ? fill(info.text, values) : plain(`${id}: ${items.join(', ')}`);
		this.list.push({ id, items, text });
	}

	rows(id: EngineWarningId, rows: Nis2Row[]): void {
		this.add(
			id,
			rows.map((r) => r.id),
			{ items: quoteRows(rows) }
		);
	}
}
