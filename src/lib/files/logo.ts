// Logos for the consultation header and the report. Only PNG, JPEG and WebP are accepted –
// judged by the file's first bytes, not its name or the type the browser guesses – and every
// image is drawn onto a canvas and saved again as PNG, which leaves behind anything but pixels
// (metadata, scripts in disguised SVGs, oversized dimensions).
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 240;

export type LogoProblem = 'type' | 'too_large' | 'unreadable';
export type LogoResult = { ok: true; png: Blob; width: number; height: number } | { ok: false; problem: LogoProblem };

/** The image format from the file's first bytes, or null for anything else (SVG included). */
export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | null {
	const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'webp';
	return null;
}

/** Fits width × height into the maximum box, keeping the aspect ratio, never enlarging. */
export function fitInto(width: number, height: number, maxWidth = LOGO_MAX_WIDTH, maxHeight = LOGO_MAX_HEIGHT): { width: number; height: number } {
	const scale = Math.min(1, maxWidth / width, maxHeight / height);
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function prepareLogo(file: Blob): Promise<LogoResult> {
	if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'too_large' };
	const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
	if (!sniffImageType(head)) return { ok: false, problem: 'type' };
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
	const size = fitInto(bitmap.width, bitmap.height);
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const context = canvas.getContext('2d');
	if (!context) return { ok: false, problem: 'unreadable' };
	context.drawImage(bitmap, 0, 0, size.width, size.height);
	bitmap.close();
	const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!png) return { ok: false, problem: 'unreadable' };
	return { ok: true, png, ...size };
}

export function blobToDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}
