// The file contract (files/record-check.ts) as the session uses it: loaded with the first
// change, not with the page, so that a first visit does not download the validators.
import type { Catalogue } from '$lib/engine/din';
import type { FileProblem } from '$lib/files/problems';
import type { Assessment } from '$lib/model/assessment';

type Check = (a: Assessment, catalogue: Catalogue | null) => FileProblem | null;

export class RecordContract {
	#check: Check | null = null;
	#loading: Promise<Check> | undefined;

	load(): Promise<Check> {
		this.#loading ??= import('$lib/files/record-check').then(({ problemOfRecord }) => (this.#check = problemOfRecord));
		return this.#loading;
	}

	/** What the importer would refuse in `record`; undefined while the contract is still loading. */
	problemOf(record: Assessment, catalogue: Catalogue | null): FileProblem | null | undefined {
		if (!this.#check) {
			void this.load();
			return undefined;
		}
		return this.#check(record, catalogue);
	}
}
