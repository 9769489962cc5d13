import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.bench/', 'src/lib/files/generated/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Text a user or a file can influence must never become HTML.
			'svelte/no-at-html-tags': 'error',
			// State classes use plain Map/Date for bookkeeping that is deliberately not reactive.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// Pages import $lib/engine/din or $lib/engine/nis2, so no page carries both halves.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/engine/**', 'src/**/*.test.ts', 'src/test-data/**'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: '$lib/engine', message: 'Import $lib/engine/din or $lib/engine/nis2.' }] }]
		}
	},
	{
		// The engine runs unchanged in the browser, in Node and in tests: plain TypeScript only.
		files: ['src/lib/engine/**/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		languageOptions: { globals: { ...globals['shared-node-browser'] } },
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['$lib', '$lib/*', '$app/*', 'svelte', 'svelte/*', '@sveltejs/*'], message: 'The engine uses relative imports only and no Svelte.' }] }
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'fetch']
		}
	}
);
