// Renders the app icons (PNG) from one SVG with Chromium. Run once after changing the design:
// node scripts/make-icons.mjs — the PNGs are committed, so builds need no image tools.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const shield = (fill, ink) =>
	`<path d="M16 4 7 7.2v7c0 5.9 3.8 10.6 9 11.8 5.2-1.2 9-5.9 9-11.8v-7z" fill="${fill}"/><path d="m11.5 15.5 3.3 3.3 6-6.3" fill="none" stroke="${ink}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`;
const icons = [
	// "any": rounded square with the shield
	{ file: 'icon-192.png', size: 192, svg: `<rect width="32" height="32" rx="6" fill="#0b4f6c"/>${shield('#fff', '#0b4f6c')}` },
	{ file: 'icon-512.png', size: 512, svg: `<rect width="32" height="32" rx="6" fill="#0b4f6c"/>${shield('#fff', '#0b4f6c')}` },
	// "maskable": full bleed, the shield inside the 80 % safe zone
	{ file: 'maskable-512.png', size: 512, svg: `<rect width="32" height="32" fill="#0b4f6c"/><g transform="translate(4.8 4.8) scale(0.7)">${shield('#fff', '#0b4f6c')}</g>` }
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const icon of icons) {
	await page.setViewportSize({ width: icon.size, height: icon.size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}</style><svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}" viewBox="0 0 32 32">${icon.svg}</svg>`
	);
	writeFileSync(`static/icons/${icon.file}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
