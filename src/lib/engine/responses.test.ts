// How detailed responses become one answer: preconditions, part conditions and "don't know".
import { describe, expect, it } from 'vitest';
import { deriveStatus, isUnknown, type RequirementResponse } from './responses';
import type { Requirement } from './types';

const text = (de: string) => ({ de, en: de });
const wlan: Requirement = {
	id: '25',
	topic: 'network',
	top: false,
	title: text('WLAN'),
	parts: [
		{ id: 'a', question: text('verschlüsselt?') },
		{ id: 'b', question: text('langes Passwort?') },
		{ id: 'c', question: text('Gäste-WLAN getrennt?'), condition: { question: text('Nutzen Gäste oder private Geräte Ihr WLAN?') } }
	],
	why: text('x'),
	recommendation: { summary: text('x'), steps: [text('1'), text('2'), text('3')] },
	effort: 'low',
	cost: { level: 'none', hint: text('x') },
	precondition: { question: text('Haben Sie ein WLAN?') },
	nis2: []
};
const status = (response: RequirementResponse) => deriveStatus(wlan, response);

describe('deriveStatus', () => {
	it('skips a part whose own condition is answered "no", and only then', () => {
		expect(status({ precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled' }, conditions: { c: 'no' } })).toBe('fulfilled');
		expect(status({ precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled' }, conditions: { c: 'yes' } })).toBeUndefined();
		expect(status({ precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled' } })).toBeUndefined();
		expect(status({ precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled', c: 'not_fulfilled' }, conditions: { c: 'yes' } })).toBe('not_fulfilled');
		// A part that does not apply cannot make the requirement fail.
		expect(status({ precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled', c: 'not_fulfilled' }, conditions: { c: 'no' } })).toBe('fulfilled');
	});

	it('"don\'t know" decides nothing, but a part not fulfilled still does', () => {
		expect(status({ precondition: 'yes', parts: { a: 'unknown', b: 'fulfilled', c: 'fulfilled' } })).toBeUndefined();
		expect(status({ precondition: 'yes', parts: { a: 'unknown', b: 'not_fulfilled' } })).toBe('not_fulfilled');
		expect(status({ precondition: 'unknown', parts: { a: 'fulfilled', b: 'fulfilled', c: 'fulfilled' } })).toBeUndefined();
	});
});

describe('isUnknown', () => {
	it('names an open requirement with a "don\'t know" anywhere in it', () => {
		expect(isUnknown(wlan, { precondition: 'unknown' })).toBe(true);
		expect(isUnknown(wlan, { precondition: 'yes', parts: { a: 'unknown' } })).toBe(true);
		expect(isUnknown(wlan, { precondition: 'yes', parts: { a: 'fulfilled', b: 'fulfilled' }, conditions: { c: 'unknown' } })).toBe(true);
	});

	it('is false when the requirement is decided or merely unanswered', () => {
		expect(isUnknown(wlan, undefined)).toBe(false);
		expect(isUnknown(wlan, { precondition: 'yes', parts: { a: 'fulfilled' } })).toBe(false);
		expect(isUnknown(wlan, { precondition: 'yes', parts: { a: 'unknown', b: 'not_fulfilled' } })).toBe(false);
		expect(isUnknown(wlan, { precondition: 'no' })).toBe(false);
	});
});
