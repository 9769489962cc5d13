// The words of the registration checklist, looked up by id: the page and the data sheet say
// the same. Typed maps, so a field without its message fails the type check.
import type { RegistrationGroup, RegistrationStep } from '$lib/model/registration-checklist';
import { m } from '$lib/paraglide/messages';

const FIELD_TEXTS: Record<string, [() => string, () => string]> = {
	name: [m.registration_field_name, m.registration_field_name_hint],
	legal_form: [m.registration_field_legalForm, m.registration_field_legalForm_hint],
	register_number: [m.registration_field_registerNumber, m.registration_field_registerNumber_hint],
	address: [m.registration_field_address, m.registration_field_address_hint],
	email: [m.registration_field_email, m.registration_field_email_hint],
	phone: [m.registration_field_phone, m.registration_field_phone_hint],
	ip_ranges: [m.registration_field_ipRanges, m.registration_field_ipRanges_hint],
	sector: [m.registration_field_sector, m.registration_field_sector_hint],
	member_states: [m.registration_field_memberStates, m.registration_field_memberStates_hint],
	authorities: [m.registration_field_authorities, m.registration_field_authorities_hint],
	establishments: [m.registration_field_establishments, m.registration_field_establishments_hint],
	representative: [m.registration_field_representative, m.registration_field_representative_hint],
	critical_service: [m.registration_field_criticalService, m.registration_field_criticalService_hint],
	facility_category: [m.registration_field_facilityCategory, m.registration_field_facilityCategory_hint],
	supply_figures: [m.registration_field_supplyFigures, m.registration_field_supplyFigures_hint],
	facility_locations: [m.registration_field_facilityLocations, m.registration_field_facilityLocations_hint],
	facility_ip_ranges: [m.registration_field_facilityIpRanges, m.registration_field_facilityIpRanges_hint],
	contact_point: [m.registration_field_contactPoint, m.registration_field_contactPoint_hint]
};

const GROUP_TEXTS: Record<RegistrationGroup, () => string> = {
	identity: m.registration_group_identity,
	contact: m.registration_group_contact,
	activity: m.registration_group_activity,
	digital: m.registration_group_digital,
	kritis: m.registration_group_kritis
};

const STEP_TEXTS: Record<RegistrationStep, [() => string, () => string]> = {
	elster: [m.registration_step_elster, m.registration_step_elster_hint],
	muk: [m.registration_step_muk, m.registration_step_muk_hint],
	data: [m.registration_step_data, m.registration_step_data_hint],
	portal: [m.registration_step_portal, m.registration_step_portal_hint],
	confirmation: [m.registration_step_confirmation, m.registration_step_confirmation_hint]
};

export const fieldLabel = (id: string) => FIELD_TEXTS[id]?.[0]() ?? id;
export const fieldHint = (id: string) => FIELD_TEXTS[id]?.[1]() ?? '';
export const groupLabel = (group: RegistrationGroup) => GROUP_TEXTS[group]();
export const stepLabel = (step: RegistrationStep) => STEP_TEXTS[step][0]();
export const stepHint = (step: RegistrationStep) => STEP_TEXTS[step][1]();
