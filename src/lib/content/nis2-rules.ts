// The NIS-2 rules as the app loads them: one revision in one language, in three parts (see
// scripts/content-plugin.js). The questions part comes with the page; the rows' explanations
// and examples when a sector is opened or searched; the decision part (rules, duties, notes …)
// and the engine only once there is something to decide. Validated at build time, only cast here.
import { nis2Loaders, nis2Rules } from 'virtual:kmu-content';
import type { Locale, Nis2Questions, Nis2RowTexts, Nis2Rules } from '$lib/engine/nis2';
import { memoised } from './memo';

/** The rules new answers are given under. */
export const currentNis2Ref = nis2Rules.at(-1)!;

const once = memoised<unknown>();

function part<T>(id: string, locale: Locale, which: 'questions' | 'rowTexts' | 'decision'): Promise<T> {
	return once(`${id}/${locale}/${which}`, () => nis2Loaders[id]![locale][which]().then((module) => module.default)) as Promise<T>;
}

export function knowsNis2Rules(id: string): boolean {
	return id in nis2Loaders;
}

/** What the questions show first: rows (without their explanations), special types, size help. */
export function loadNis2Questions(id: string, locale: Locale): Promise<Nis2Questions> | undefined {
	return knowsNis2Rules(id) ? part<Nis2Questions>(id, locale, 'questions') : undefined;
}

/** The rows' explanations and examples, by row id. */
export function loadNis2RowTexts(id: string, locale: Locale): Promise<Nis2RowTexts> | undefined {
	return knowsNis2Rules(id) ? part<Nis2RowTexts>(id, locale, 'rowTexts') : undefined;
}

/** The whole rules file, as the engine needs it. */
export function loadNis2Rules(id: string, locale: Locale): Promise<Nis2Rules> | undefined {
	if (!knowsNis2Rules(id)) return undefined;
	return once(`${id}/${locale}/all`, () =>
		Promise.all([
			part<Nis2Questions>(id, locale, 'questions'),
			part<Nis2RowTexts>(id, locale, 'rowTexts'),
			part<Omit<Nis2Rules, keyof Nis2Questions>>(id, locale, 'decision')
		]).then(([questions, texts, decision]) => ({ ...questions, ...decision, rows: questions.rows.map((row) => ({ ...row, ...texts[row.id]! })) }) as Nis2Rules)
	) as Promise<Nis2Rules>;
}

export function loadCurrentNis2Questions(locale: Locale): Promise<Nis2Questions> {
	return loadNis2Questions(currentNis2Ref.id, locale)!;
}

export function loadCurrentNis2Rules(locale: Locale): Promise<Nis2Rules> {
	return loadNis2Rules(currentNis2Ref.id, locale)!;
}
