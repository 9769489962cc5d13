// Who the readiness workspace is for: a company whose NIS-2 result is essential or important,
// and – marked as provisional – one whose result is still uncertain.
import type { Assessment } from './assessment';

export type ReadinessAccess = 'affected' | 'provisional' | 'none';

export function readinessAccess(a: Pick<Assessment, 'nis2'>): ReadinessAccess {
	const category = a.nis2?.result?.category;
	if (category === 'essential' || category === 'important') return 'affected';
	if (category === 'uncertain') return 'provisional';
	return 'none';
}
