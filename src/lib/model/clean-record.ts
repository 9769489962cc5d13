// The texts of a record made safe (model/text.ts): applied to every check and client read from
// a file or opened from storage, so that text stored before – or crafted into a file – never
// reorders what the UI, the report, a CSV or a file name shows.
import type { Assessment, Client, Company } from './assessment';
import type { Readiness } from './readiness';
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

const cleanValues = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, cleanText(v)]));

function cleanReadiness(r: Readiness): Readiness {
	const out: Readiness = { ...r };
	if (r.registration) out.registration = { ...r.registration, fields: cleanValues(r.registration.fields) };
	if (r.measures) {
		const answers = Object.entries(r.measures.answers).map(([id, x]) => [id, x.note === undefined ? x : { ...x, note: cleanText(x.note) }]);
		out.measures = { ...r.measures, answers: Object.fromEntries(answers) };
	}
	if (r.management) out.management = Object.fromEntries(Object.entries(r.management).map(([k, v]) => [k, cleanText(v)]));
	if (r.incidents) {
		out.incidents = r.incidents.map((i) => ({
			...i,
			...(i.title !== undefined ? { title: cleanText(i.title) } : {}),
			drafts: Object.fromEntries(Object.entries(i.drafts).map(([kind, fields]) => [kind, cleanValues(fields)]))
		}));
	}
	return out;
}

export function cleanClient(c: Client): Client {
	return { ...c, company: company(c.company) };
}
