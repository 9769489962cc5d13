// The registration data sheet: its content for cases worked out by hand from §§ 33, 34 BSIG
// and the checklist (model/registration-checklist.ts), and the PDF read back with pdftotext.
// Counting: the always-fields are name, legal form, register number, address, e-mail, phone,
// IP ranges, sector, member states, authorities = 10; § 34 adds 2 (establishments,
// representative); § 33 Abs. 2 (KRITIS) adds 6.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/locale.svelte';
import { renderRegistrationPdf } from '$lib/report/registration-pdf';
import { buildRegistrationSheetData } from '$lib/report/registration-sheet-data';
import { nis2Profile } from '$test-data/factories/nis2-profile';

const NOW = new Date('2026-12-02T10:00:00Z');
const TODAY = '2026-12-02';
const rowNames = { 'A2-5.4.1': 'Maschinenbau', 'A1-6.1.4': 'Anbieter von Cloud-Computing-Diensten', 'A2-4.1.1': 'Lebensmittel' };
const company = { name: 'Müller Maschinen', legalForm: 'GmbH', seat: 'Köln' };

afterEach(() => {
	locale.current = 'de';
});

describe('buildRegistrationSheetData', () => {
	it('a machinery maker with the default day: overdue since 6 March 2026, ten fields, the row named', () => {
		const profile = nis2Profile({ activities: ['A2-5.4.1', 'A2-4.1.1'], negligibleActivities: ['A2-4.1.1'] });
		const d = buildRegistrationSheetData(
			{ company, profile, registration: { fields: { name: 'Müller Maschinen GmbH', email: 'it@mueller.example' }, steps: { elster: true } }, rowNames },
			{ appVersion: '9.9.9', today: TODAY, now: NOW }
		);
		expect(d.title).toBe('Datenblatt für die Registrierung beim BSI');
		expect(d.companyName).toBe('Müller Maschinen GmbH');
		expect(d.facts).toEqual([
			['Unternehmen', 'Müller Maschinen GmbH'],
			['Stand', '2. Dezember 2026'],
			['Betroffen seit', '6. Dezember 2025 (Inkrafttreten des Gesetzes, angenommen)'],
			['Registrieren bis', '6. März 2026'],
			['Stand der Registrierung', 'Überfällig – die Frist endete am 6. März 2026'],
			['Gesammelt', '2 von 10 Angaben gesammelt']
		]);
		expect(d.status).toEqual({ kind: 'overdue', due: '2026-03-06', daysOver: 271 });
		expect(d.groups.map((g) => g.id)).toEqual(['identity', 'contact', 'activity']);
		expect(d.groups[0]!.rows).toEqual([
			{ label: 'Name der Einrichtung', value: 'Müller Maschinen GmbH', missing: false, law: '§ 33 Abs. 1 Nr. 1 BSIG' },
			// The company's legal form is only a suggestion until taken over: the sheet says what was gathered.
			{ label: 'Rechtsform', value: 'noch offen', missing: true, law: '§ 33 Abs. 1 Nr. 1 BSIG' },
			{ label: 'Handelsregisternummer', value: 'noch offen', missing: true, law: '§ 33 Abs. 1 Nr. 1 BSIG' }
		]);
		// The negligible food row is left out (§ 28 Abs. 3 BSIG).
		expect(d.anlageRows).toEqual(['A2-5.4.1 Maschinenbau (Anlage 2)']);
		expect(d.steps.map((s) => [s.label, s.state])).toEqual([
			['ELSTER-Organisationszertifikat liegt vor', 'erledigt'],
			['Konto bei „Mein Unternehmenskonto“ angelegt', 'offen'],
			['Angaben gesammelt (unten)', 'offen'],
			['Im BSI-Portal registriert', 'offen'],
			['Bestätigung abgelegt', 'offen']
		]);
		expect(d.note).toMatch(/^Dieses Datenblatt hilft bei der Vorbereitung\. Es ist nicht die Registrierung/);
		expect(d.footer.pageOf(1, 2)).toBe('Seite 1 von 2');
		expect(d.footer.meta).toBe('KMU Cyber-Check 9.9.9 · 2. Dezember 2026');
	});

	it('a cloud provider operating a critical installation, in scope since 30 Nov 2026: due 28 Feb 2027, all groups', () => {
		const profile = nis2Profile({ activities: ['A1-6.1.4'], kritisOperator: 'yes' });
		const d = buildRegistrationSheetData(
			{ company, profile, registration: { fields: {}, steps: {}, inScopeSince: '2026-11-30' }, rowNames },
			{ appVersion: '9.9.9', today: TODAY, now: NOW }
		);
		expect(d.groups.map((g) => [g.id, g.rows.length])).toEqual([
			['identity', 3],
			['contact', 4],
			['activity', 3],
			['digital', 2],
			['kritis', 6]
		]);
		expect(d.gathered).toEqual({ gathered: 0, total: 18 });
		// 2 Dec → 28 Feb 2027: 29 + 31 + 28 = 88 days.
		expect(Object.fromEntries(d.facts)).toMatchObject({ 'Betroffen seit': '30. November 2026', 'Registrieren bis': '28. Februar 2027', 'Stand der Registrierung': 'Offen, Frist läuft noch (88 Tage)' });
	});

	it('registered: the day, no deadline line; in English', () => {
		locale.current = 'en';
		const d = buildRegistrationSheetData(
			{ company, profile: nis2Profile({ activities: ['A2-5.4.1'] }), registration: { fields: {}, steps: { portal: true }, registeredOn: '2026-02-10' }, rowNames: {} },
			{ appVersion: '9.9.9', today: TODAY, now: NOW }
		);
		expect(d.facts.map(([label]) => label)).toEqual(['Company', 'As of', 'In scope since', 'Registration status', 'Gathered']);
		expect(d.statusText).toBe('Registered on 10 February 2026');
		expect(d.groups[0]!.rows[0]!.value).toBe('still open');
		// Without the rules' names the row still shows its id.
		expect(d.anlageRows).toEqual(['A2-5.4.1 (Anlage 2)']);
	});
});

describe('renderRegistrationPdf', () => {
	it('writes every label, value and the note (read back with pdftotext)', async () => {
		const fonts = {
			regular: readFileSync('static/fonts/DejaVuSans-subset.ttf').toString('base64'),
			bold: readFileSync('static/fonts/DejaVuSans-Bold-subset.ttf').toString('base64')
		};
		const d = buildRegistrationSheetData(
			{ company, profile: nis2Profile({ activities: ['A2-5.4.1'] }), registration: { fields: { ip_ranges: '203.0.113.0/24', authorities: 'Bezirksregierung Köln' }, steps: {} }, rowNames },
			{ appVersion: '9.9.9', today: TODAY, now: NOW }
		);
		const file = join(mkdtempSync(join(tmpdir(), 'registration-')), 'sheet.pdf');
		writeFileSync(file, Buffer.from(await (await renderRegistrationPdf(d, fonts)).arrayBuffer()));
		const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		for (const expected of ['Datenblatt für die Registrierung beim BSI', 'Überfällig – die Frist endete am 6. März 2026', 'Öffentliche IP-Adressbereiche', '203.0.113.0/24', 'Bezirksregierung Köln', 'noch offen', 'A2-5.4.1 Maschinenbau (Anlage 2)', 'Im BSI-Portal registriert', 'Es ist nicht die Registrierung']) {
			expect(text).toContain(expected);
		}
	});
});
