import { describe, expect, it } from 'vitest';
import { parseEmbedParams, parseOrigin } from '$lib/embed/config';

const parse = (query: string) => parseEmbedParams(new URLSearchParams(query));

describe('the embed switch and its theme parameters', () => {
	it('is off without ?embed, whatever else is given', () => {
		expect(parse('accent=%23aa3300')).toEqual({ config: null, warnings: [] });
		expect(parse('embed=0').config).toBeNull();
	});

	it('turns on with ?embed=1 and takes valid parameters', () => {
		expect(parse('embed=1&accent=AA3300&provider=IT-Beratung%20Nord%20GmbH%20%26%20Co.%20KG&parentOrigin=https%3A%2F%2Fwww.beratung.example')).toEqual({
			config: { accent: '#aa3300', provider: 'IT-Beratung Nord GmbH & Co. KG', parentOrigin: 'https://www.beratung.example' },
			warnings: []
		});
		expect(parse('embed').config).toEqual({ accent: null, provider: null, parentOrigin: null });
	});

	it.each([
		['accent with CSS', 'accent=red%3Bbackground%3Aurl(x)', 'accent'],
		['accent with extra text', 'accent=%23aa3300%3Bx', 'accent'],
		['accent of three digits', 'accent=%23abc', 'accent'],
		['provider with markup', 'provider=%3Cb%3Ex%3C%2Fb%3E', 'provider'],
		['provider too long', `provider=${'x'.repeat(61)}`, 'provider'],
		['provider empty', 'provider=%20%20', 'provider'],
		['provider with a line break', 'provider=a%0Ab', 'provider'],
		['parentOrigin with a path', 'parentOrigin=https%3A%2F%2Fa.example%2Fx', 'parentOrigin'],
		['parentOrigin of another scheme', 'parentOrigin=javascript%3Aalert(1)', 'parentOrigin'],
		['parentOrigin "*"', 'parentOrigin=*', 'parentOrigin'],
		['a parameter given twice', 'accent=%23aa3300&accent=%23bb3300', 'accent']
	])('ignores %s with a warning', (_, query, name) => {
		const { config, warnings } = parse(`embed=1&${query}`);
		expect(config).toEqual({ accent: null, provider: null, parentOrigin: null });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`"${name}"`);
	});
});

describe('parseOrigin', () => {
	it('accepts an origin, with or without a trailing slash, and nothing more', () => {
		expect(parseOrigin('https://www.example.com')).toBe('https://www.example.com');
		expect(parseOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
		expect(parseOrigin('https://user:pw@example.com')).toBeNull();
		expect(parseOrigin('https://example.com?x=1')).toBeNull();
		expect(parseOrigin('file:///etc/passwd')).toBeNull();
		expect(parseOrigin('null')).toBeNull();
	});
});
