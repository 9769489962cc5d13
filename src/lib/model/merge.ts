// Which fields of a check differ between two versions of it, named as the notice shows them:
// a requirement id, 'company' or 'nis2'. Used when another tab's change is merged in.
import type { Assessment } from './assessment';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function differingFields(a: Assessment, b: Assessment): string[] {
	const ids = new Set([...Object.keys(a.responses), ...Object.keys(b.responses), ...Object.keys(a.notes), ...Object.keys(b.notes)]);
	const changed = [...ids].filter((id) => !same(a.responses[id], b.responses[id]) || (a.notes[id] ?? '') !== (b.notes[id] ?? ''));
	if (!same(a.company, b.company)) changed.push('company');
	if (!same(a.nis2?.profile, b.nis2?.profile)) changed.push('nis2');
	return changed.sort();
}

/** The field a change key belongs to, in the names of differingFields. */
export function fieldOfChange(key: string): string {
	const [kind, id] = key.split(':');
	if (kind === 'pre' || kind === 'part' || kind === 'note' || kind === 'confirm') return id ?? key;
	return kind ?? key;
}
