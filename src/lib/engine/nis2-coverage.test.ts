import { describe, expect, it } from 'vitest';
import { currentCatalogue, nis2Coverage } from '$lib/engine';
import { makeCatalogue } from '$test-data/factories/catalogue';

describe('nis2Coverage', () => {
	const catalogue = makeCatalogue([{ id: '01' }, { id: '02' }, { id: '03', precondition: true }]);
	catalogue.requirements[0]!.nis2 = ['a', 'g'];
	catalogue.requirements[1]!.nis2 = ['g'];
	catalogue.requirements[2]!.nis2 = ['h'];

	it('sorts the mapped requirements of each measure into fulfilled and open', () => {
		expect(nis2Coverage(catalogue, { '01': 'fulfilled', '02': 'not_fulfilled', '03': 'not_relevant' })).toEqual({
			a: { requirements: ['01'], fulfilled: ['01'], open: [] },
			g: { requirements: ['01', '02'], fulfilled: ['01'], open: ['02'] }
		});
	});

	it('counts unanswered requirements as open', () => {
		expect(nis2Coverage(catalogue, {}).h).toEqual({ requirements: ['03'], fulfilled: [], open: ['03'] });
	});

	it('uses the mapping of the real catalogue: backups (11–14) touch measure c', () => {
		const coverage = nis2Coverage(currentCatalogue, { '11': 'fulfilled' });
		expect(coverage.c!.requirements).toEqual(expect.arrayContaining(['11', '12', '13', '14']));
		expect(coverage.c!.fulfilled).toEqual(['11']);
	});
});
