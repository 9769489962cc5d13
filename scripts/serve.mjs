// A small static file server for the production build (build/), used by `npm start`, the
// end-to-end tests and the bench. It can mount the app in a sub-folder (--base /tools/check)
// to prove that the build works wherever it is hosted.
//   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--base /] [--dir build]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @param {{ dir?: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ dir = 'build', base = '/', port = 4173, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(prefix)) {
			if (`${url.pathname}/` === prefix) return redirect(response, prefix + url.search);
			return notFound(response);
		}
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			return notFound(response);
		}
		const file = normalize(join(root, pathname));
		if (!file.startsWith(root)) return notFound(response);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
			return send(response, join(file, 'index.html'), request);
		}
		return send(response, file, request);
	});
	return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

/** Compressed copies of text files, by path and modification time. */
const compressed = new Map();

/** @param {string} file */
function gzipped(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	if (!compressed.has(key)) compressed.set(key, gzipSync(readFileSync(file), { level: 9 }));
	return compressed.get(key);
}

/** @param {import('node:http').ServerResponse} response @param {string} file @param {import('node:http').IncomingMessage} request */
function send(response, file, request) {
	if (!existsSync(file) || !statSync(file).isFile()) return notFound(response);
	const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
	// Hashed assets never change; everything else (pages, sw.js, manifest) must be revalidated
	// so that a new version is found.
	const immutable = file.includes(`${'_app'}/immutable/`);
	// Text is sent compressed when the browser accepts it, as any production server would.
	const compress = /^(text|application\/(json|manifest))/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	const body = compress ? gzipped(file) : undefined;
	response.writeHead(200, {
		'content-type': type,
		'content-length': body ? body.length : statSync(file).size,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		vary: 'accept-encoding',
		...(body ? { 'content-encoding': 'gzip' } : {})
	});
	if (request.method === 'HEAD') return response.end();
	if (body) return response.end(body);
	createReadStream(file).pipe(response);
}

/** @param {import('node:http').ServerResponse} response @param {string} location */
function redirect(response, location) {
	response.writeHead(308, { location });
	response.end();
}

/** @param {import('node:http').ServerResponse} response */
function notFound(response) {
	response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	response.end('Not found');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback */
	const option = (name, fallback) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	const options = {
		dir: option('dir', 'build'),
		base: option('base', '/'),
		port: Number(option('port', process.env.PORT ?? '4173')),
		host: option('host', '127.0.0.1')
	};
	if (!existsSync(join(options.dir, 'index.html'))) {
		console.error(`No build in ${options.dir}/ - run \`npm run build\` first.`);
		process.exit(1);
	}
	await serve(options);
	console.log(`KMU Cyber-Check: http://localhost:${options.port}${options.base}`);
}
