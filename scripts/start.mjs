// `npm start`: builds when the build is missing or older than the sources, then serves the
// production build on http://localhost:4173.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const SOURCES = ['src', 'static', 'questions', 'messages', 'project.inlang', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** @param {string} path @returns {number} newest modification time below path */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path)
		.filter((name) => name !== 'paraglide')
		.reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
if (built === 0 || SOURCES.some((source) => newest(source) > built)) {
	console.log(built === 0 ? 'No build yet: building…' : 'Sources changed since the last build: building…');
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4173);
await serve({ port, host: process.env.HOST ?? 'localhost' });
console.log(`KMU Cyber-Check: http://localhost:${port}/`);
