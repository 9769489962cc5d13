// A long list shown a page at a time, with a search. Without a search only the first page is
// read from its index, so the cost does not grow with what the device holds; a search reads
// everything once and filters.
export const PAGE_SIZE = 20;

export interface Page<T> {
	items: T[];
	/** how many there are in all (without a search) or match the search */
	total: number;
}

export class Paged<T> {
	items = $state.raw<T[]>([]);
	total = $state(0);
	query = $state('');
	limit = $state(PAGE_SIZE);

	constructor(
		private readonly first: (limit: number) => Promise<Page<T>>,
		private readonly all: () => Promise<T[]>,
		private readonly text: (item: T) => string[]
	) {}

	get more(): number {
		return Math.max(0, this.total - this.items.length);
	}

	async load(): Promise<void> {
		const q = this.query.trim().toLocaleLowerCase('de');
		if (!q) {
			const page = await this.first(this.limit);
			this.items = page.items;
			this.total = page.total;
			return;
		}
		const matching = (await this.all()).filter((item) => this.text(item).some((v) => v.toLocaleLowerCase('de').includes(q)));
		this.items = matching.slice(0, this.limit);
		this.total = matching.length;
	}

	showMore(): Promise<void> {
		this.limit += PAGE_SIZE;
		return this.load();
	}

	search(query: string): Promise<void> {
		this.query = query;
		this.limit = PAGE_SIZE;
		return this.load();
	}
}
