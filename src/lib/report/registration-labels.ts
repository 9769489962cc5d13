// The words of the registration checklist, looked up by id: the page and the data sheet say
// the same. Typed maps, so a field without its message fails the type check.
import type { RegistrationGroup, RegistrationStep } from '$lib/model/registration-checklist';
import { m } from '$lib/paraglide/messages';

const FIELD_TEXTS: Record<string, [() => string, () => string]> = {
	name: [m.registration_field_name, m.registration_field_name_hint],
	legal_form: [m.registration_field_legal_form, m.registration_field_legal_form_hint],
	register_number: [m.registration_field_register_number, m.registration_field_register_number_hint],
	address: [m.registration_field_address, m.registration_field_address_hint],
	email: [m.registration_field_email, m.registration_field_email_hint],
	phone: [m.registration_field_phone, m.registration_field_phone_hint],
	ip_ranges: [m.registration_field_ip_ranges, m.registration_field_ip_ranges_hint],
	sector: [m.registration_field_sector, m.registration_field_sector_hint],
	member_states: [m.registration_field_member_states, m.registration_field_member_states_hint],
	authorities: [m.registration_field_authorities, m.registration_field_authorities_hint],
	establishments: [m.registration_field_establishments, m.registration_field_establishments_hint],
	representative: [m.registration_field_representative, m.registration_field_representative_hint],
	critical_service: [m.registration_field_critical_service, m.registration_field_critical_service_hint],
	facility_category: [m.registration_field_facility_category, m.registration_field_facility_category_hint],
	supply_figures: [m.registration_field_supply_figures, m.registration_field_supply_figures_hint],
	facility_locations: [m.registration_field_facility_locations, m.registration_field_facility_locations_hint],
	facility_ip_ranges: [m.registration_field_facility_ip_ranges, m.registration_field_facility_ip_ranges_hint],
	contact_point: [m.registration_field_contact_point, m.registration_field_contact_point_hint]
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
