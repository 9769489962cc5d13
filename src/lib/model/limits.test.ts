// The limits in code and the numbers of the published file format are one contract: a record
// the app can write, its importer can read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as limits from './limits';

const schema = JSON.parse(readFileSync('questions/schema/assessment-file.schema.json', 'utf8'));
const defs = schema.$defs;
const assessment = defs.assessment.properties;

describe('the limits agree with questions/schema/assessment-file.schema.json', () => {
	it.each([
		['NOTE_MAX_LENGTH', assessment.notes.additionalProperties.maxLength],
		['REASON_MAX_LENGTH', assessment.responses.additionalProperties.properties.reason.maxLength],
		['COMPANY_NAME_MAX_LENGTH', defs.company.properties.name.maxLength],
		['COMPANY_TEXT_MAX_LENGTH', defs.shortText.maxLength],
		['EMPLOYEES_MAX', defs.company.properties.employees.oneOf[0].maximum],
		['OWNER_MAX_LENGTH', assessment.plan.additionalProperties.properties.owner.maxLength],
		['PROVIDER_TEXT_MAX_LENGTH', assessment.consultation.properties.provider.properties.company.maxLength],
		['AMOUNT_MAX', defs.amount.maximum],
		['REVISION_MAX', assessment.revision.maximum],
		['REVISION_MAX', defs.client.properties.revision.maximum],
		['ELAPSED_MS_MAX', assessment.consultation.properties.elapsedMs.maximum],
		['PROVIDER_TEXT_MAX_LENGTH', assessment.consultation.properties.provider.properties.qualification.maxLength],
		['PARTICIPANT_NAME_MAX_LENGTH', assessment.consultation.properties.participants.items.properties.name.maxLength],
		['PARTICIPANTS_MAX', assessment.consultation.properties.participants.maxItems],
		['MAX_BACKUP_ITEMS', schema.oneOf[1].properties.assessments.maxItems],
		['ENTERPRISES_MAX', defs.nis2.properties.profile.properties.size.properties.linked.maxItems],
		['ENTERPRISES_MAX', defs.nis2.properties.profile.properties.size.properties.partners.maxItems]
	] as const)('%s is %s', (name, value) => {
		expect(limits[name]).toBe(value);
	});
});
