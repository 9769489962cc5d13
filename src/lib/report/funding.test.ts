import { describe, expect, it } from 'vitest';
import funding from '../../../questions/funding/2026-12.json';
import { fundingFor, type FundingProgramme } from './funding';

const programmes = funding.programmes as FundingProgramme[];
const ids = (list: FundingProgramme[]) => list.map((p) => p.id);

describe('fundingFor', () => {
	it('gives a company in North Rhine-Westphalia the federal programmes and its own state\'s, no Bavarian or Baden-Württemberg one', () => {
		const listed = fundingFor(programmes, 'DE-NW', '2026-12-02');
		expect(ids(listed)).toContain('mid-digitale-sicherheit-nrw');
		expect(ids(listed)).toContain('foerderdatenbank');
		expect(listed.every((p) => p.regions.includes('DE') || p.regions.includes('DE-NW'))).toBe(true);
		expect(ids(listed)).not.toContain('digitalbonus-bayern');
		expect(ids(listed)).not.toContain('lbank-digitalisierungsfinanzierung');
	});

	it('never lists a programme past its deadline', () => {
		expect(ids(fundingFor(programmes, 'DE-NW', '2026-12-31'))).toContain('bafa-unternehmensberatung');
		expect(ids(fundingFor(programmes, 'DE-NW', '2027-01-01'))).not.toContain('bafa-unternehmensberatung');
		expect(ids(fundingFor(programmes, 'DE-BY', '2028-01-01'))).not.toContain('digitalbonus-bayern');
	});

	it('lists every state\'s programmes while the state is not known', () => {
		expect(fundingFor(programmes, undefined, '2026-12-02')).toHaveLength(programmes.length);
	});
});
