// The answers the engine is given: malformed input is a programming error (the UI and the
// file readers never send it), so it throws, naming every problem.
import { ValidationError } from '../errors';
import type { RulesIndex } from './rules-index';
import { SIZE_DIMENSIONS } from './size';
import { SPECIAL_TYPE_IDS, type Nis2Profile } from './types';

const TRI = ['yes', 'no', 'unknown'];
const TRUST = ['qualified', 'non_qualified', 'no', 'unknown'];

export function checkProfile(profile: Nis2Profile, index: RulesIndex): void {
	const problems: string[] = [];
	if (!profile || typeof profile !== 'object') throw new ValidationError('NIS-2 profile', ['/: must be an object']);
	const lists = ['activities', 'negligibleActivities', 'unsureActivities', 'unsureNegligible', 'notActivities', 'notNegligible'] as const;
	const unknownIds = new Set<string>();
	for (const key of lists) {
		const list: unknown = profile[key];
		if (list === undefined && key !== 'activities' && key !== 'negligibleActivities') continue;
		if (!Array.isArray(list)) {
			problems.push(`/${key}: must be an array of Anlage row ids`);
			continue;
		}
		list.forEach((id: unknown, i) => {
			if (typeof id !== 'string') problems.push(`/${key}/${i}: must be a string`);
			else if (!index.rows.has(id)) {
				problems.push(`/${key}/${i}: unknown activity id "${id}"`);
				unknownIds.add(id);
			}
		});
	}
	for (const key of SPECIAL_TYPE_IDS) {
		const allowed = key === 'trustServiceProvider' ? TRUST : TRI;
		// Absent: not answered yet.
		if (profile[key] !== undefined && !allowed.includes(profile[key] as string)) problems.push(`/${key}: must be one of ${allowed.join(', ')} or absent`);
	}
	if (profile.noActivity !== undefined && typeof profile.noActivity !== 'boolean') problems.push('/noActivity: must be a boolean');
	const size: unknown = profile.size;
	if (!size || typeof size !== 'object') problems.push('/size: must be an object');
	else {
		const s = profile.size;
		const figure = (value: unknown, path: string, nullable: boolean) => {
			if (value === null && nullable) return;
			if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
				problems.push(`${path}: must be a finite number >= 0${nullable ? ' or null (unknown)' : ''}, got ${String(value)}`);
			}
		};
		for (const d of SIZE_DIMENSIONS) figure(s[d], `/size/${d}`, true);
		if (!Array.isArray(s.linked)) problems.push('/size/linked: must be an array');
		else s.linked.forEach((l, i) => SIZE_DIMENSIONS.forEach((d) => figure(l?.[d], `/size/linked/${i}/${d}`, false)));
		if (!Array.isArray(s.partners)) problems.push('/size/partners: must be an array');
		else {
			s.partners.forEach((p, i) => {
				SIZE_DIMENSIONS.forEach((d) => figure(p?.[d], `/size/partners/${i}/${d}`, false));
				const share: unknown = p?.sharePercent;
				if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 100) {
					problems.push(`/size/partners/${i}/sharePercent: must be in (0, 100], got ${String(share)}`);
				}
			});
		}
		if (s.itIndependent !== undefined && !TRI.includes(s.itIndependent)) problems.push(`/size/itIndependent: must be one of ${TRI.join(', ')} or absent`);
	}
	if (problems.length > 0) {
		const context = unknownIds.size > 0 ? `NIS-2 profile (unknown activity ids: ${[...unknownIds].join(', ')})` : 'NIS-2 profile';
		throw new ValidationError(context, problems);
	}
}
