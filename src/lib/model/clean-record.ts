// The texts of a record made safe (model/text.ts): applied to every check and client read from
// a file or opened from storage, so that text stored before – or crafted into a file – never
// reorders what the UI, the report, a CSV or a file name shows.
import type { Assessment, Client, Company } from './assessment';
import { cleanText } from './text';

function company(c: Company): Company {
	const out: Company = { ...c, name: cleanText(c.name) };
	for (const key of ['seat', 'legalForm', 'registerNumber', 'industry'] as const) {
		const value = c[key];
		if (value !== undefined) out[key] = cleanText(value);
	}
	return out;
}

export function cleanAssessment(a: Assessment): Assessment {
	const out: Assessment = { ...a, company: company(a.company), notes: Object.fromEntries(Object.entries(a.notes).map(([id, note]) => [id, cleanText(note)])) };
	if (Object.values(a.responses).some((r) => r.reason !== undefined)) {
		out.responses = Object.fromEntries(Object.entries(a.responses).map(([id, r]) => [id, r.reason === undefined ? r : { ...r, reason: cleanText(r.reason) }]));
	}
	if (a.plan) out.plan = Object.fromEntries(Object.entries(a.plan).map(([id, t]) => [id, t.owner === undefined ? t : { ...t, owner: cleanText(t.owner) }]));
	if (a.consultation) {
		const p = a.consultation.provider;
		const provider = { ...p, company: cleanText(p.company), consultant: cleanText(p.consultant) };
		if (p.contact !== undefined) provider.contact = cleanText(p.contact);
		if (p.qualification !== undefined) provider.qualification = cleanText(p.qualification);
		out.consultation = { ...a.consultation, provider };
		if (a.consultation.participants) out.consultation.participants = a.consultation.participants.map((x) => ({ ...x, name: cleanText(x.name) }));
	}
	if (a.readiness) out.readiness = cleanReadiness(a.readiness);
	return out;
}

/** Every text of the readiness workspace (its dates and ids are left as they are by cleanText). */
function cleanReadiness<T>(value: T): T {
	if (typeof value === 'string') return cleanText(value) as T;
	if (Array.isArray(value)) return value.map(cleanReadiness) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanReadiness(v)])) as T;
	return value;
}

export function cleanClient(c: Client): Client {
	return { ...c, company: company(c.company) };
}
