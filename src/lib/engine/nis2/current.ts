// The rules of the current legal state as the engine's tests and Node use them, checked at
// load. The app loads rules through src/lib/content/nis2-rules.ts instead (validated at build
// time, one language per download).
import rulesJson from '../../../../questions/nis2/2025-12-r2.json';
import { parseNis2Rules } from './parse';

export const currentNis2Rules = parseNis2Rules(rulesJson, 'questions/nis2/2025-12-r2.json');
