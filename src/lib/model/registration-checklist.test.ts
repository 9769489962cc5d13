// The checklist's data: ids the file schema accepts, a label for each, and which parts apply.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldHint, fieldLabel } from '$lib/report/registration-labels';
import { nis2Profile } from '$test-data/factories/nis2-profile';
import { checklistScope, fieldsFor, gatheredCount, REGISTRATION_FIELDS, REGISTRATION_STEPS, SECTION_34_ROWS } from './registration-checklist';

const schema = JSON.parse(readFileSync('questions/schema/assessment-file.schema.json', 'utf8'));
const rules = JSON.parse(readFileSync('questions/nis2/2025-12-r2.json', 'utf8'));

describe('the registration checklist', () => {
	it('uses ids the file schema accepts as keys, each with its label and hint', () => {
		const registration = schema.$defs.readiness.properties.registration.properties;
		const fieldKey = new RegExp(registration.fields.propertyNames.pattern);
		const stepKey = new RegExp(registration.steps.propertyNames.pattern);
		for (const field of REGISTRATION_FIELDS) {
			expect(field.id, field.id).toMatch(fieldKey);
			expect(fieldLabel(field.id), field.id).not.toBe(field.id);
			expect(fieldHint(field.id), field.id).not.toBe('');
		}
		for (const step of REGISTRATION_STEPS) expect(step).toMatch(stepKey);
		expect(new Set(REGISTRATION_FIELDS.map((f) => f.id)).size).toBe(REGISTRATION_FIELDS.length);
	});

	it('names the same § 34 rows as the rules file (duty D-REGISTRATION-DIGITAL)', () => {
		const duty = rules.duties.find((d: { id: string }) => d.id === 'D-REGISTRATION-DIGITAL');
		expect([...SECTION_34_ROWS]).toEqual(duty.onlyIf.rows);
	});

	it('adds § 34 for its rows or the DNS/TLD/domain questions, § 33 Abs. 2 for KRITIS = yes only', () => {
		expect(checklistScope(undefined)).toEqual({ section34: false, kritis: false });
		expect(checklistScope(nis2Profile({ activities: ['A2-5.4.1'] }))).toEqual({ section34: false, kritis: false });
		expect(checklistScope(nis2Profile({ activities: ['A2-6.1.1'] }))).toEqual({ section34: true, kritis: false });
		expect(checklistScope(nis2Profile({ domainRegistrar: 'yes' }))).toEqual({ section34: true, kritis: false });
		expect(checklistScope(nis2Profile({ kritisOperator: 'yes' }))).toEqual({ section34: false, kritis: true });
		expect(checklistScope(nis2Profile({ kritisOperator: 'unknown' }))).toEqual({ section34: false, kritis: false });
		// 10 always; + 2 (§ 34); + 6 (§ 33 Abs. 2).
		expect(fieldsFor({ section34: false, kritis: false })).toHaveLength(10);
		expect(fieldsFor({ section34: true, kritis: true })).toHaveLength(18);
	});

	it('counts only fields that apply and hold more than spaces', () => {
		const fields = { name: 'Müller GmbH', email: '   ', establishments: 'Köln', critical_service: 'Strom' };
		expect(gatheredCount(fields, { section34: false, kritis: false })).toEqual({ gathered: 1, total: 10 });
		expect(gatheredCount(fields, { section34: true, kritis: true })).toEqual({ gathered: 3, total: 18 });
	});
});
