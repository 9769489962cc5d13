// Reading export files of checks (questions/schema/assessment-file.schema.json). The reader
// checks everything the schema says and what it cannot say (known
// catalogue, known requirement ids, answers that follow from the responses), and names the
// first problem with a code the UI turns into a message in the user's language.
import { catalogues, compareVersions, findCatalogue, type Catalogue } from '$lib/engine/din';
import { carryOverNis2Profile, classifyNis2, currentNis2Rules, type Nis2Profile } from '$lib/engine/nis2';
import {
	CONSULTATION_PHASES,
	COMPANY_NAME_MAX_LENGTH,
	NOTE_MAX_LENGTH,
	type ActionTracking,
	type Assessment,
	type Client,
	type Company,
	type Consultation,
	type StoredNis2
} from '$lib/storage/assessment';
import { answersFrom, summarise } from '$lib/storage/assessment-derived';
import { BACKUP_FORMAT, CLIENT_FORMAT, FILE_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES } from './export';

export { BACKUP_FORMAT, CLIENT_FORMAT, FILE_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES };

const MAX_BACKUP_ITEMS = 5000;

export type FileProblemCode =
	| 'too_large'
	| 'empty'
	| 'not_json'
	| 'wrong_format'
	| 'future_version'
	| 'invalid'
	| 'unknown_catalogue'
	| 'newer_catalogue'
	| 'unknown_requirement'
	| 'inconsistent'
	| 'duplicate_id'
	| 'newer_nis2_rules';

/** Why a value is invalid, for the message ('invalid' problems). */
export type InvalidReason = 'object' | 'unexpected' | 'missing' | 'text' | 'length' | 'form' | 'date' | 'number' | 'list' | 'value';

export interface FileProblem {
	code: FileProblemCode;
	/** JSON path of the offending value, e.g. /assessment/answers/99 */
	path?: string;
	/** the offending id or version (for 'invalid': an InvalidReason) */
	detail?: string;
}

export type ReadResult =
	| { ok: true; kind: 'assessment' | 'backup' | 'client'; assessments: Assessment[]; clients: Client[] }
	| { ok: false; problem: FileProblem };

class Problem extends Error {
	constructor(readonly problem: FileProblem) {
		super(problem.code);
	}
}

const fail = (code: FileProblemCode, path?: string, detail?: string): never => {
	throw new Problem({ code, path, detail });
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Length in code points, as JSON Schema counts it. */
const length = (s: string) => [...s].length;
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const REQUIREMENT_ID = /^[0-9]{2}$/;

function object(value: unknown, path: string, allowed: readonly string[], required: readonly string[]): Json {
	if (!isObject(value)) return fail('invalid', path, 'object');
	for (const key of Object.keys(value)) if (!allowed.includes(key)) fail('invalid', `${path}/${key}`, 'unexpected');
	for (const key of required) if (!(key in value)) fail('invalid', `${path}/${key}`, 'missing');
	return value;
}

function string(value: unknown, path: string, { min = 0, max = Infinity, pattern }: { min?: number; max?: number; pattern?: RegExp } = {}): string {
	if (typeof value !== 'string') return fail('invalid', path, 'text');
	if (length(value) < min || length(value) > max) fail('invalid', path, 'length');
	if (pattern && !pattern.test(value)) fail('invalid', path, 'form');
	return value;
}

function timestamp(value: unknown, path: string): string {
	const stamp = string(value, path, { pattern: TIMESTAMP });
	if (Number.isNaN(Date.parse(stamp))) fail('invalid', path, 'date');
	return stamp;
}

function readCompany(value: unknown, path: string): Company {
	const c = object(value, path, ['name', 'seat', 'legalForm', 'registerNumber', 'industry', 'employees'], ['name']);
	const company: Company = { name: string(c.name, `${path}/name`, { min: 1, max: COMPANY_NAME_MAX_LENGTH }) };
	for (const key of ['seat', 'legalForm', 'registerNumber', 'industry'] as const) {
		if (key in c) company[key] = string(c[key], `${path}/${key}`, { max: 300 });
	}
	if ('employees' in c) {
		const e = c.employees;
		if (e !== null && !(typeof e === 'number' && Number.isInteger(e) && e >= 0 && e <= 10_000_000)) {
			fail('invalid', `${path}/employees`, 'number');
		}
		company.employees = e as number | null;
	}
	return company;
}

/** Maps with requirement-id keys: checks form first (the schema's part), ids later. */
function idMap(value: unknown, path: string): Json {
	if (!isObject(value)) return fail('invalid', path, 'object');
	for (const key of Object.keys(value)) if (!REQUIREMENT_ID.test(key)) fail('invalid', `${path}/${key}`, 'form');
	return value;
}

function readAssessment(value: unknown, path: string): { assessment: Assessment; check: () => void } {
	const a = object(
		value,
		path,
		['id', 'company', 'catalogue', 'responses', 'answers', 'notes', 'position', 'createdAt', 'updatedAt', 'revision', 'nis2', 'clientId', 'consultation', 'previousId', 'toConfirm', 'plan'],
		['id', 'company', 'catalogue', 'responses', 'answers', 'notes', 'createdAt', 'updatedAt']
	);
	const id = string(a.id, `${path}/id`, { pattern: ID });
	const company = readCompany(a.company, `${path}/company`);
	const cat = object(a.catalogue, `${path}/catalogue`, ['id', 'version'], ['id', 'version']);
	const catalogueRef = {
		id: string(cat.id, `${path}/catalogue/id`, { pattern: /^[a-z0-9-]{1,100}$/ }),
		version: string(cat.version, `${path}/catalogue/version`, { pattern: /^[0-9]{4}\.[0-9]+(-[a-z0-9]+)?$/ })
	};
	const responses = idMap(a.responses, `${path}/responses`);
	for (const [rid, response] of Object.entries(responses)) {
		const r = object(response, `${path}/responses/${rid}`, ['precondition', 'parts'], []);
		if ('precondition' in r && r.precondition !== 'yes' && r.precondition !== 'no') fail('invalid', `${path}/responses/${rid}/precondition`, 'value');
		if ('parts' in r) {
			if (!isObject(r.parts)) fail('invalid', `${path}/responses/${rid}/parts`, 'object');
			for (const [pid, status] of Object.entries(r.parts as Json)) {
				if (!/^[a-z]$/.test(pid)) fail('invalid', `${path}/responses/${rid}/parts/${pid}`, 'form');
				if (status !== 'fulfilled' && status !== 'not_fulfilled') fail('invalid', `${path}/responses/${rid}/parts/${pid}`, 'value');
			}
		}
	}
	const answers = idMap(a.answers, `${path}/answers`);
	for (const [rid, status] of Object.entries(answers)) {
		if (status !== 'fulfilled' && status !== 'not_fulfilled' && status !== 'not_relevant') fail('invalid', `${path}/answers/${rid}`, 'value');
	}
	const notes = idMap(a.notes, `${path}/notes`);
	for (const [rid, note] of Object.entries(notes)) string(note, `${path}/notes/${rid}`, { max: NOTE_MAX_LENGTH });
	let position: Assessment['position'];
	if ('position' in a) {
		const p = object(a.position, `${path}/position`, ['topic'], ['topic']);
		position = { topic: string(p.topic, `${path}/position/topic`, { pattern: /^[a-z][a-z0-9-]*$/ }) };
	}
	const createdAt = timestamp(a.createdAt, `${path}/createdAt`);
	const updatedAt = timestamp(a.updatedAt, `${path}/updatedAt`);
	let revision = 1;
	if ('revision' in a) {
		if (!(typeof a.revision === 'number' && Number.isInteger(a.revision) && a.revision >= 1)) fail('invalid', `${path}/revision`, 'number');
		revision = a.revision as number;
	}
	const nis2 = 'nis2' in a ? readNis2(a.nis2, `${path}/nis2`) : undefined;
	const extras: Partial<Assessment> = {};
	if ('clientId' in a) extras.clientId = string(a.clientId, `${path}/clientId`, { pattern: ID });
	if ('previousId' in a) extras.previousId = string(a.previousId, `${path}/previousId`, { pattern: ID });
	if ('toConfirm' in a) extras.toConfirm = idList(a.toConfirm, `${path}/toConfirm`);
	if ('plan' in a) extras.plan = readPlan(a.plan, `${path}/plan`);
	if ('consultation' in a) extras.consultation = readConsultation(a.consultation, `${path}/consultation`);
	const assessment: Assessment = {
		id,
		company,
		catalogue: catalogueRef,
		responses: responses as Assessment['responses'],
		answers: answers as Assessment['answers'],
		notes: notes as Assessment['notes'],
		...(position ? { position } : {}),
		createdAt,
		updatedAt,
		revision,
		...(nis2 ? { nis2 } : {}),
		...extras
	};
	// The checks against the catalogue run after the whole file has the right form, so that a
	// file is judged by its form first, like the schema does.
	return {
		assessment,
		check: () => {
			checkAgainstCatalogue(assessment, path);
			if (assessment.nis2) assessment.nis2 = checkNis2(assessment.nis2, `${path}/nis2`);
		}
	};
}

const ROW_ID = /^A[12]-[0-9]+(\.[0-9]+)*$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
	if (!allowed.includes(value as T)) fail('invalid', path, 'value');
	return value as T;
}

function rowIds(value: unknown, path: string): string[] {
	if (!Array.isArray(value)) return fail('invalid', path, 'list');
	if (value.length > 100) fail('invalid', path, 'length');
	value.forEach((v, i) => string(v, `${path}/${i}`, { pattern: ROW_ID }));
	if (new Set(value).size !== value.length) fail('invalid', path, 'value');
	return value as string[];
}

function amount(value: unknown, path: string, nullable = false): number {
	if (nullable && value === null) return value as unknown as number;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e15) fail('invalid', path, 'number');
	return value as number;
}

function figures(value: unknown, path: string, share: boolean) {
	const keys = share ? ['sharePercent', 'staff', 'turnoverEur', 'balanceSheetEur'] : ['staff', 'turnoverEur', 'balanceSheetEur'];
	const f = object(value, path, keys, keys);
	if (share && !(typeof f.sharePercent === 'number' && f.sharePercent > 0 && f.sharePercent <= 100)) fail('invalid', `${path}/sharePercent`, 'number');
	return {
		...(share ? { sharePercent: f.sharePercent as number } : {}),
		staff: amount(f.staff, `${path}/staff`),
		turnoverEur: amount(f.turnoverEur, `${path}/turnoverEur`),
		balanceSheetEur: amount(f.balanceSheetEur, `${path}/balanceSheetEur`)
	};
}

function readNis2(value: unknown, path: string): StoredNis2 {
	const n = object(value, path, ['rulesId', 'legalState', 'profile', 'updatedAt', 'recheckFrom'], ['rulesId', 'legalState', 'profile', 'updatedAt']);
	const TRI = ['yes', 'no', 'unknown'] as const;
	const profileKeys = ['activities', 'negligibleActivities', 'kritisOperator', 'trustServiceProvider', 'tldRegistry', 'dnsServiceProvider', 'publicTelecom', 'domainRegistrar', 'size'];
	const p = object(n.profile, `${path}/profile`, [...profileKeys, 'unsureActivities', 'unsureNegligible'], profileKeys);
	const sizeKeys = ['staff', 'turnoverEur', 'balanceSheetEur', 'linked', 'partners', 'itIndependent'];
	const s = object(p.size, `${path}/profile/size`, sizeKeys, sizeKeys);
	const list = (v: unknown, at: string) => {
		if (!Array.isArray(v)) return fail('invalid', at, 'list');
		if (v.length > 50) fail('invalid', at, 'length');
		return v as unknown[];
	};
	const profile: Nis2Profile = {
		activities: rowIds(p.activities, `${path}/profile/activities`),
		negligibleActivities: rowIds(p.negligibleActivities, `${path}/profile/negligibleActivities`),
		...('unsureActivities' in p ? { unsureActivities: rowIds(p.unsureActivities, `${path}/profile/unsureActivities`) } : {}),
		...('unsureNegligible' in p ? { unsureNegligible: rowIds(p.unsureNegligible, `${path}/profile/unsureNegligible`) } : {}),
		kritisOperator: oneOf(p.kritisOperator, `${path}/profile/kritisOperator`, TRI),
		trustServiceProvider: oneOf(p.trustServiceProvider, `${path}/profile/trustServiceProvider`, ['qualified', 'non_qualified', 'no', 'unknown'] as const),
		tldRegistry: oneOf(p.tldRegistry, `${path}/profile/tldRegistry`, TRI),
		dnsServiceProvider: oneOf(p.dnsServiceProvider, `${path}/profile/dnsServiceProvider`, TRI),
		publicTelecom: oneOf(p.publicTelecom, `${path}/profile/publicTelecom`, TRI),
		domainRegistrar: oneOf(p.domainRegistrar, `${path}/profile/domainRegistrar`, TRI),
		size: {
			staff: amount(s.staff, `${path}/profile/size/staff`, true),
			turnoverEur: amount(s.turnoverEur, `${path}/profile/size/turnoverEur`, true),
			balanceSheetEur: amount(s.balanceSheetEur, `${path}/profile/size/balanceSheetEur`, true),
			linked: list(s.linked, `${path}/profile/size/linked`).map((f, i) => figures(f, `${path}/profile/size/linked/${i}`, false)),
			partners: list(s.partners, `${path}/profile/size/partners`).map((f, i) => figures(f, `${path}/profile/size/partners/${i}`, true) as Nis2Profile['size']['partners'][number]),
			itIndependent: oneOf(s.itIndependent, `${path}/profile/size/itIndependent`, TRI)
		}
	};
	return {
		rulesId: string(n.rulesId, `${path}/rulesId`, { pattern: /^[a-z0-9-]{1,100}$/ }),
		legalState: string(n.legalState, `${path}/legalState`, { pattern: DATE }),
		profile,
		updatedAt: timestamp(n.updatedAt, `${path}/updatedAt`),
		...('recheckFrom' in n ? { recheckFrom: string(n.recheckFrom, `${path}/recheckFrom`, { pattern: DATE }) } : {})
	};
}

/**
 * Answers under the current rules are classified again; answers under an older legal state
 * are carried over and marked for re-checking; a newer legal state than the app knows is refused.
 */
function checkNis2(stored: StoredNis2, path: string): StoredNis2 {
	const rules = currentNis2Rules;
	let next = stored;
	if (stored.rulesId !== rules.id) {
		if (stored.legalState > rules.legalState) fail('newer_nis2_rules', `${path}/legalState`, stored.legalState);
		next = { ...stored, rulesId: rules.id, legalState: rules.legalState, recheckFrom: stored.recheckFrom ?? stored.legalState, profile: carryOverNis2Profile(stored.profile, rules).profile };
	}
	try {
		const verdict = classifyNis2(rules, next.profile);
		return { ...next, result: { category: verdict.category, possibleCategories: verdict.possibleCategories } };
	} catch {
		return fail('invalid', `${path}/profile`, 'value');
	}
}

function idList(value: unknown, path: string): string[] {
	if (!Array.isArray(value)) return fail('invalid', path, 'list');
	if (value.length > 200) fail('invalid', path, 'length');
	value.forEach((v, i) => string(v, `${path}/${i}`, { pattern: REQUIREMENT_ID }));
	if (new Set(value).size !== value.length) fail('invalid', path, 'value');
	return value as string[];
}

function readPlan(value: unknown, path: string): Record<string, ActionTracking> {
	const plan: Record<string, ActionTracking> = {};
	for (const [rid, entry] of Object.entries(idMap(value, path))) {
		const e = object(entry, `${path}/${rid}`, ['owner', 'due', 'status'], ['status']);
		const tracking: ActionTracking = { status: (['open', 'in_progress', 'done'] as const).find((s) => s === e.status) ?? fail('invalid', `${path}/${rid}/status`, 'value') };
		if ('owner' in e) tracking.owner = string(e.owner, `${path}/${rid}/owner`, { min: 1, max: 200 });
		if ('due' in e) tracking.due = string(e.due, `${path}/${rid}/due`, { pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/ });
		plan[rid] = tracking;
	}
	return plan;
}

function readConsultation(value: unknown, path: string): Consultation {
	const keys = ['provider', 'phase', 'checklist', 'elapsedMs', 'runningSince', 'clarify'];
	const c = object(value, path, keys, keys);
	const p = object(c.provider, `${path}/provider`, ['company', 'consultant', 'contact'], ['company', 'consultant']);
	if (!isObject(c.checklist)) fail('invalid', `${path}/checklist`, 'object');
	for (const [key, done] of Object.entries(c.checklist as Json)) {
		if (!/^[a-z0-9-]{1,40}$/.test(key)) fail('invalid', `${path}/checklist/${key}`, 'form');
		if (typeof done !== 'boolean') fail('invalid', `${path}/checklist/${key}`, 'value');
	}
	if (!(typeof c.elapsedMs === 'number' && Number.isInteger(c.elapsedMs) && c.elapsedMs >= 0 && c.elapsedMs <= 1e9)) fail('invalid', `${path}/elapsedMs`, 'number');
	return {
		provider: {
			company: string(p.company, `${path}/provider/company`, { min: 1, max: 300 }),
			consultant: string(p.consultant, `${path}/provider/consultant`, { max: 300 }),
			...('contact' in p ? { contact: string(p.contact, `${path}/provider/contact`, { max: 300 }) } : {})
		},
		phase: (CONSULTATION_PHASES as readonly string[]).includes(c.phase as string) ? (c.phase as Consultation['phase']) : fail('invalid', `${path}/phase`, 'value'),
		checklist: c.checklist as Record<string, boolean>,
		elapsedMs: c.elapsedMs as number,
		runningSince: c.runningSince === null ? null : timestamp(c.runningSince, `${path}/runningSince`),
		clarify: idList(c.clarify, `${path}/clarify`)
	};
}

function readClient(value: unknown, path: string): Client {
	const c = object(value, path, ['id', 'company', 'followUp', 'createdAt', 'updatedAt', 'revision'], ['id', 'company', 'createdAt', 'updatedAt']);
	let revision = 1;
	if ('revision' in c) {
		if (!(typeof c.revision === 'number' && Number.isInteger(c.revision) && c.revision >= 1)) fail('invalid', `${path}/revision`, 'number');
		revision = c.revision as number;
	}
	return {
		id: string(c.id, `${path}/id`, { pattern: ID }),
		company: readCompany(c.company, `${path}/company`),
		...('followUp' in c ? { followUp: string(c.followUp, `${path}/followUp`, { pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/ }) } : {}),
		createdAt: timestamp(c.createdAt, `${path}/createdAt`),
		updatedAt: timestamp(c.updatedAt, `${path}/updatedAt`),
		revision
	};
}

function checkAgainstCatalogue(assessment: Assessment, path: string): void {
	const { id: catalogueId, version } = assessment.catalogue;
	const catalogue: Catalogue | undefined = findCatalogue(catalogueId, version);
	if (!catalogue) {
		const newest = newestVersion(catalogueId);
		if (newest && compareVersions(version, newest) > 0) fail('newer_catalogue', `${path}/catalogue/version`, version);
		fail('unknown_catalogue', `${path}/catalogue`, `${catalogueId} ${version}`);
		return;
	}
	const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
	for (const field of ['responses', 'answers', 'notes', 'plan'] as const) {
		for (const rid of Object.keys(assessment[field] ?? {})) {
			if (!byId.has(rid)) fail('unknown_requirement', `${path}/${field}/${rid}`, rid);
		}
	}
	for (const [field, list] of [['toConfirm', assessment.toConfirm], ['consultation/clarify', assessment.consultation?.clarify]] as const) {
		(list ?? []).forEach((rid, i) => {
			if (!byId.has(rid)) fail('unknown_requirement', `${path}/${field}/${i}`, rid);
		});
	}
	for (const [rid, response] of Object.entries(assessment.responses)) {
		const requirement = byId.get(rid)!;
		if (response.precondition && !requirement.precondition) fail('inconsistent', `${path}/responses/${rid}/precondition`, rid);
		for (const pid of Object.keys(response.parts ?? {})) {
			if (!requirement.parts.some((p) => p.id === pid)) fail('unknown_requirement', `${path}/responses/${rid}/parts/${pid}`, `${rid}${pid}`);
		}
	}
	const expected = answersFrom(catalogue, assessment.responses);
	const given = assessment.answers;
	for (const rid of new Set([...Object.keys(expected), ...Object.keys(given)])) {
		if (expected[rid] !== given[rid]) fail('inconsistent', `${path}/answers/${rid}`, rid);
	}
	if (assessment.position && !catalogue.topics.some((t) => t.id === assessment.position!.topic)) {
		fail('invalid', `${path}/position/topic`, 'value');
	}
	assessment.summary = summarise(catalogue, assessment.answers);
}

function newestVersion(catalogueId: string): string | undefined {
	return catalogues
		.filter((c) => c.id === catalogueId)
		.map((c) => c.version)
		.sort(compareVersions)
		.at(-1);
}

/**
 * Reads an export or backup file. `byteLength` is the file's size as reported by the browser,
 * checked before the text is parsed so a huge file costs nothing.
 */
export function readAssessmentFile(text: string, byteLength = text.length): ReadResult {
	try {
		if (byteLength > MAX_FILE_BYTES) fail('too_large', undefined, String(byteLength));
		if (text.trim() === '') fail('empty');
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			return fail('not_json');
		}
		if (!isObject(data) || (data.format !== FILE_FORMAT && data.format !== BACKUP_FORMAT && data.format !== CLIENT_FORMAT)) {
			return fail('wrong_format', '/format', isObject(data) && typeof data.format === 'string' ? data.format.slice(0, 80) : undefined);
		}
		const v = data.formatVersion;
		if (typeof v === 'number' && Number.isInteger(v) && v > FORMAT_VERSION) fail('future_version', '/formatVersion', String(v));
		if (v !== FORMAT_VERSION) fail('invalid', '/formatVersion', 'value');
		const kind = data.format === FILE_FORMAT ? 'assessment' : data.format === BACKUP_FORMAT ? 'backup' : 'client';
		const fields = { assessment: ['assessment'], backup: ['assessments', 'clients'], client: ['client', 'assessments'] }[kind];
		const required = { assessment: ['assessment'], backup: ['assessments'], client: ['client', 'assessments'] }[kind];
		object(data, '', ['format', 'formatVersion', 'exportedAt', 'app', ...fields], ['format', 'formatVersion', 'exportedAt', ...required]);
		timestamp(data.exportedAt, '/exportedAt');
		if ('app' in data) {
			const app = object(data.app, '/app', ['name', 'version'], ['name', 'version']);
			string(app.name, '/app/name', { max: 100 });
			string(app.version, '/app/version', { max: 50 });
		}
		let read: ReturnType<typeof readAssessment>[];
		let clients: Client[] = [];
		if (kind === 'assessment') {
			read = [readAssessment(data.assessment, '/assessment')];
		} else {
			if (!Array.isArray(data.assessments)) return fail('invalid', '/assessments', 'list');
			if (data.assessments.length > MAX_BACKUP_ITEMS) fail('invalid', '/assessments', 'length');
			read = data.assessments.map((a, i) => readAssessment(a, `/assessments/${i}`));
			if (kind === 'client') clients = [readClient(data.client, '/client')];
			else if ('clients' in data) {
				if (!Array.isArray(data.clients)) return fail('invalid', '/clients', 'list');
				if (data.clients.length > MAX_BACKUP_ITEMS) fail('invalid', '/clients', 'length');
				clients = data.clients.map((c, i) => readClient(c, `/clients/${i}`));
			}
		}
		for (const r of read) r.check();
		for (const list of [read.map((r) => r.assessment.id), clients.map((c) => c.id)]) {
			const duplicate = list.find((id, i) => list.indexOf(id) !== i);
			if (duplicate) fail('duplicate_id', '/assessments', duplicate);
		}
		if (kind === 'client') {
			read.forEach((r, i) => {
				if (r.assessment.clientId !== clients[0]!.id) fail('invalid', `/assessments/${i}/clientId`, 'value');
			});
		}
		return { ok: true, kind, assessments: read.map((r) => r.assessment), clients };
	} catch (error) {
		if (error instanceof Problem) return { ok: false, problem: error.problem };
		throw error;
	}
}
