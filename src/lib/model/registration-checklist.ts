// What a company gathers before it registers with the BSI (§§ 33, 34 BSIG as amended by the
// NIS2UmsuCG, BGBl. 2025 I Nr. 301, in force since 6 December 2025), as data: the fields of the
// checklist in the order of the law, when each one applies, and the steps of the registration.
// Label and hint texts are messages (report/registration-labels.ts), in our own words. Field and
// step ids are snake_case: the file schema allows only ^[a-z][a-z0-9_]{0,40}$ as keys.
//
// The law (https://www.gesetze-im-internet.de/bsig_2025/__33.html, __34.html), in short:
// - § 33 Abs. 1: essential and important entities (and domain name registration services)
//   send, at the latest three months after they first or again count as such, through the
//   registration facility of BSI and BBK:
//   Nr. 1 name, including legal form and, where applicable, commercial register number;
//   Nr. 2 address and current contact details, including e-mail, public IP address ranges and
//         telephone numbers;
//   Nr. 3 the relevant sector (or industry) of Anlage 1 or 2;
//   Nr. 4 the EU member states where the entity provides services of the types in Anlage 1/2;
//   Nr. 5 the federal and state supervisory authorities competent for those activities.
// - § 33 Abs. 2: operators of critical installations add the critical service, the public IP
//   ranges of their installations, the installation category and supply figures determined
//   under the ordinance of § 56 Abs. 4 (BSI-KritisV), the location of the installations and a
//   contact point through which they can be reached at any time.
// - § 33 Abs. 5: changes are reported without undue delay, at the latest two weeks after the
//   entity learned of them (openkritis.de/betreiber/registrierung-kritis-anlagen.html; rules
//   file duty D-REGISTRATION-CHANGES).
// - § 34 Abs. 1 for the types of § 60 Abs. 1 (DNS, TLD registries, domain name registration,
//   cloud, data centres, CDN, MSP, MSSP, online marketplaces, search engines, social networks):
//   Nr. 1 name; Nr. 2 sector, industry and type of entity as in Anlage 1; Nr. 3 the address of
//   the main establishment in the EU (§ 60 Abs. 2) and of the other EU establishments, or of
//   the representative named under § 60 Abs. 3; Nr. 4 current contact details incl. e-mail and
//   telephone of the entity and, where needed, of its representative; Nr. 5 the member states
//   where it provides services; Nr. 6 its public IP ranges. § 34 Abs. 2: changes within three
//   months at the latest (nis2-umsetzung.com/bsig/§34-bsig/; rules file D-REGISTRATION-DIGITAL).
// The steps: BSI and the commentary describe two stages – an account in "Mein Unternehmenskonto"
// (MUK, the federal company account, signed in with an ELSTER organisation certificate), then the
// registration in the BSI portal, open since 6 January 2026 (dhpg.de/de/newsroom/blog/
// registrierungspflicht-nach-nis-2-bsi-portal-freigeschaltet-frist-maerz-2026; rex-itoc.com/
// nis2-registrierung-beim-bsi-schritt-fuer-schritt-anleitung).
import type { Nis2Profile } from '$lib/engine/nis2';
import type { Company } from './assessment';

/** The Anlage rows whose entities fall under § 34 (§ 60 Abs. 1 Satz 1 BSIG); the rules file's D-REGISTRATION-DIGITAL lists the same. */
export const SECTION_34_ROWS = ['A1-6.1.2', 'A1-6.1.3', 'A1-6.1.4', 'A1-6.1.5', 'A1-6.1.6', 'A1-6.1.10', 'A1-6.1.11', 'A2-6.1.1', 'A2-6.1.2', 'A2-6.1.3'] as const;

/** Always; only for the types of § 34; only for operators of critical installations (§ 33 Abs. 2). */
export type FieldScope = 'always' | 'section34' | 'kritis';
export type FieldInput = 'text' | 'textarea' | 'email' | 'tel';

export const REGISTRATION_GROUPS = ['identity', 'contact', 'activity', 'digital', 'kritis'] as const;
export type RegistrationGroup = (typeof REGISTRATION_GROUPS)[number];

export interface RegistrationFieldDef {
	id: string;
	group: RegistrationGroup;
	/** where the law asks for it */
	law: string;
	scope: FieldScope;
	input: FieldInput;
	/** a value the app already knows, offered to take over */
	suggest?: (company: Company) => string | undefined;
}

export const REGISTRATION_FIELDS: readonly RegistrationFieldDef[] = [
	{ id: 'name', group: 'identity', law: '§ 33 Abs. 1 Nr. 1 BSIG', scope: 'always', input: 'text', suggest: (c) => c.name },
	{ id: 'legal_form', group: 'identity', law: '§ 33 Abs. 1 Nr. 1 BSIG', scope: 'always', input: 'text', suggest: (c) => c.legalForm },
	{ id: 'register_number', group: 'identity', law: '§ 33 Abs. 1 Nr. 1 BSIG', scope: 'always', input: 'text', suggest: (c) => c.registerNumber },
	{ id: 'address', group: 'contact', law: '§ 33 Abs. 1 Nr. 2 BSIG', scope: 'always', input: 'textarea', suggest: (c) => c.seat },
	{ id: 'email', group: 'contact', law: '§ 33 Abs. 1 Nr. 2 BSIG', scope: 'always', input: 'email' },
	{ id: 'phone', group: 'contact', law: '§ 33 Abs. 1 Nr. 2 BSIG', scope: 'always', input: 'tel' },
	{ id: 'ip_ranges', group: 'contact', law: '§ 33 Abs. 1 Nr. 2, § 34 Abs. 1 Nr. 6 BSIG', scope: 'always', input: 'textarea' },
	{ id: 'sector', group: 'activity', law: '§ 33 Abs. 1 Nr. 3, § 34 Abs. 1 Nr. 2 BSIG', scope: 'always', input: 'textarea' },
	{ id: 'member_states', group: 'activity', law: '§ 33 Abs. 1 Nr. 4, § 34 Abs. 1 Nr. 5 BSIG', scope: 'always', input: 'textarea' },
	{ id: 'authorities', group: 'activity', law: '§ 33 Abs. 1 Nr. 5 BSIG', scope: 'always', input: 'textarea' },
	{ id: 'establishments', group: 'digital', law: '§ 34 Abs. 1 Nr. 3 BSIG', scope: 'section34', input: 'textarea' },
	{ id: 'representative', group: 'digital', law: '§ 34 Abs. 1 Nr. 3 und 4 BSIG', scope: 'section34', input: 'textarea' },
	{ id: 'critical_service', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' },
	{ id: 'facility_category', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' },
	{ id: 'supply_figures', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' },
	{ id: 'facility_locations', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' },
	{ id: 'facility_ip_ranges', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' },
	{ id: 'contact_point', group: 'kritis', law: '§ 33 Abs. 2 BSIG', scope: 'kritis', input: 'textarea' }
];

/** The steps of the registration, in order (message `registration_step_<id>` / `…_hint`). */
export const REGISTRATION_STEPS = ['elster', 'muk', 'data', 'portal', 'confirmation'] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

/** The law's first day: who was affected on 6 December 2025 counts from then (§ 33 Abs. 1, NIS2UmsuCG Art. 30). */
export const NIS2_FIRST_DAY = '2025-12-06';

/** Which of the optional parts of the checklist apply to this company. */
export interface ChecklistScope {
	section34: boolean;
	kritis: boolean;
}

/**
 * From the NIS-2 answers: § 34 applies with one of its rows or the DNS, TLD or domain
 * registration questions answered yes; § 33 Abs. 2 with the KRITIS question answered yes.
 * "Don't know" does not add the part: the page says where to answer it.
 */
export function checklistScope(profile: Nis2Profile | undefined): ChecklistScope {
	if (!profile) return { section34: false, kritis: false };
	const rows: readonly string[] = SECTION_34_ROWS;
	const section34 =
		profile.activities.some((row) => rows.includes(row)) ||
		profile.dnsServiceProvider === 'yes' ||
		profile.tldRegistry === 'yes' ||
		profile.domainRegistrar === 'yes';
	return { section34, kritis: profile.kritisOperator === 'yes' };
}

export function fieldsFor(scope: ChecklistScope): RegistrationFieldDef[] {
	return REGISTRATION_FIELDS.filter((f) => f.scope === 'always' || scope[f.scope]);
}

/** How many of the fields that apply hold something. */
export function gatheredCount(fields: Record<string, string> | undefined, scope: ChecklistScope): { gathered: number; total: number } {
	const applying = fieldsFor(scope);
	return { gathered: applying.filter((f) => (fields?.[f.id] ?? '').trim() !== '').length, total: applying.length };
}
