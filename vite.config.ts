import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content-plugin.js';
import { validateQuestionsPlugin } from './scripts/validate-questions.js';
import { checkContentPlugin } from './scripts/check-content.js';
import { alwaysLoaded } from './scripts/always-loaded.js';
import pkg from './package.json' with { type: 'json' };

const shell = alwaysLoaded();

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	// For finding what makes a chunk heavy (BUILD_SOURCEMAP=1 npm run build); never shipped.
	build: {
		sourcemap: process.env.BUILD_SOURCEMAP === '1',
		// Preload lists without the chunks every page already has (scripts/always-loaded.js).
		modulePreload: { resolveDependencies: shell.preloadFilter }
	},
	resolve: {
		alias: {
			html2canvas: '/src/lib/report/unused-jspdf-extras.ts',
			canvg: '/src/lib/report/unused-jspdf-extras.ts',
			dompurify: '/src/lib/report/unused-jspdf-extras.ts'
		}
	},
	plugins: [
		// First, so an invalid catalogue or rules file stops the build before anything else runs.
		validateQuestionsPlugin(),
		// Then what no schema can say (cross-references, counts); the browser only casts the files.
		checkContentPlugin(),
		contentPlugin(),
		shell.plugin,
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			// We register the worker ourselves with workbox-window (src/lib/pwa/), relative to
			// the page's base, so that the same build works in any sub-folder.
			injectRegister: false,
			filename: 'sw.js',
			scope: './',
			base: './',
			manifestFilename: 'manifest.webmanifest',
			kit: { base: './', trailingSlash: 'always', includeVersionFile: true },
			manifest: {
				id: './',
				name: 'KMU Cyber-Check',
				short_name: 'Cyber-Check',
				description:
					'IT-Sicherheits-Selbstcheck nach DIN SPEC 27076 und NIS-2-Betroffenheitsprüfung – alles bleibt auf Ihrem Gerät.',
				lang: 'de',
				start_url: './',
				scope: './',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#0b4f6c',
				icons: [
					{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,ttf,webmanifest,json}', 'prerendered/**/*.{html,json}'],
				// Offline, an unknown address should fail visibly rather than silently show the home page.
				navigateFallback: null,
				// Pages take their state from the query (?id=...): match them to the precached page.
				ignoreURLParametersMatching: [/.*/],
				cleanupOutdatedCaches: true,
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024
			},
			devOptions: { enabled: false }
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		pool: 'threads',
		maxWorkers: 2
	}
});
