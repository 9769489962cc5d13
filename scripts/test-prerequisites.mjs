// First step of `npm test`: the programs the tests use besides Node — Chromium (Playwright
// drives the system's, it cannot download one here), poppler (pdftotext, pdfimages, pdftoppm:
// PDFs are read back) and unzip (Word files are read back). Missing ones are installed with
// apt-get when running as root; otherwise the run stops at once and names the command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needs = [
	[existsSync(chromium) || has('chromium'), 'chromium'],
	[has('pdftotext') && has('pdfimages') && has('pdftoppm'), 'poppler-utils'],
	[has('unzip'), 'unzip']
];
const missing = needs.filter(([present]) => !present).map(([, pkg]) => pkg);
if (missing.length === 0) process.exit(0);

const packages = [...missing, 'fonts-dejavu-core'];
const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
if (process.getuid?.() === 0 && has('apt-get')) {
	console.log(`Installing what the tests need: ${missing.join(', ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('sh', ['-c', command], { stdio: 'inherit', env });
	process.exit(0);
}
console.error(`The tests need ${missing.join(', ')}, which this machine lacks. Install with:\n\n  sudo ${command}\n\n(or set CHROMIUM_PATH to another Chromium or Chrome binary).`);
process.exit(1);
