// Logos for the consultation header and the report. Only PNG, JPEG and WebP are accepted –
// judged by the file's first bytes, not its name or the type the browser guesses – and every
// image is drawn onto a canvas and saved again as PNG, which leaves behind anything but pixels
// (metadata, scripts in disguised SVGs, oversized dimensions).
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 240;
// A small, well-compressed file can still unpack to gigabytes of pixels ("decompression bomb"):
// 20000 × 20000 pixels are 1.6 GB at 4 bytes each and can take the tab down while decoding.
// 16 megapixels (64 MB decoded) is more than any logo or phone photo needs.
export const LOGO_MAX_PIXELS = 16_000_000;
export const LOGO_MAX_SIDE = 8000;

export type LogoProblem = 'type' | 'too_large' | 'too_many_pixels' | 'unreadable';
export type LogoResult = { ok: true; png: Blob; width: number; height: number } | { ok: false; problem: LogoProblem };

/** The image format from the file's first bytes, or null for anything else (SVG included). */
export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | null {
	const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'webp';
	return null;
}

export interface PixelSize {
	width: number;
	height: number;
}

/**
 * The image's width and height as its header states them, read without decoding: PNG (IHDR),
 * JPEG (the first SOFn segment), WebP (VP8, VP8L or VP8X). Null when the header is not one of
 * these, is cut short, or gives a side of 0.
 */
export function headerSize(bytes: Uint8Array): PixelSize | null {
	const size = readHeader(bytes);
	return size && size.width > 0 && size.height > 0 ? size : null;
}

function readHeader(bytes: Uint8Array): PixelSize | null {
	switch (sniffImageType(bytes)) {
		case 'png':
			return pngSize(bytes);
		case 'jpeg':
			return jpegSize(bytes);
		case 'webp':
			return webpSize(bytes);
		default:
			return null;
	}
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
// >>> 0 keeps values from 2^31 up positive instead of letting them wrap to negative numbers.
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const fourcc = (b: Uint8Array, i: number) => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);

// The 8-byte signature, then the IHDR chunk, which the PNG standard requires to come first:
// length (4), type "IHDR" (4), width (4), height (4), all big-endian.
function pngSize(b: Uint8Array): PixelSize | null {
	if (b.length < 24 || fourcc(b, 12) !== 'IHDR') return null;
	return { width: u32be(b, 16), height: u32be(b, 20) };
}

// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range but are no frames.
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
// Markers without a length field: TEM and RST0–RST7.
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

// Walks the segments after SOI (FF D8) up to the frame header: FF, marker, 2-byte length that
// counts itself, then precision (1), height (2), width (2). Every step moves forward by at
// least two bytes, so crafted data cannot loop; running past the end gives null.
function jpegSize(b: Uint8Array): PixelSize | null {
	let i = 2;
	while (i + 1 < b.length) {
		if (b[i] !== 0xff) return null;
		const marker = b[i + 1]!;
		if (marker === 0xff) {
			i += 1; // fill byte before a marker
			continue;
		}
		i += 2;
		if (isStandalone(marker)) continue;
		// Image data or its end before any frame header: not a JPEG we can size.
		if (marker === 0xd8 || marker === 0xd9 || marker === 0xda || i + 2 > b.length) return null;
		const length = u16be(b, i);
		if (length < 2) return null;
		if (isStartOfFrame(marker)) return i + 7 <= b.length && length >= 7 ? { width: u16be(b, i + 5), height: u16be(b, i + 3) } : null;
		i += length;
	}
	return null;
}

// "RIFF", size, "WEBP", then the first chunk's type at 12, its size at 16 and its data from 20.
function webpSize(b: Uint8Array): PixelSize | null {
	if (b.length < 16) return null;
	const type = fourcc(b, 12);
	if (b.length < (type === 'VP8L' ? 25 : 30)) return null;
	switch (type) {
		// Lossy: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height (the top two
		// bits are a scaling hint, not part of the size).
		case 'VP8 ':
			if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
			return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
		// Lossless: signature 2F, then width − 1 and height − 1 in 14 bits each, least significant first.
		case 'VP8L':
			if (b[20] !== 0x2f) return null;
			return { width: 1 + (b[21]! | ((b[22]! & 0x3f) << 8)), height: 1 + ((b[22]! >> 6) | (b[23]! << 2) | ((b[24]! & 0x0f) << 10)) };
		// Extended (animation, alpha, metadata): flags (4), then canvas width − 1 and height − 1 in 24 bits each.
		case 'VP8X':
			return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
		default:
			return null;
	}
}

/**
 * What is wrong with a logo file before it is decoded, or null when it may be decoded: its size
 * in bytes, its type from the first bytes, and its pixel size from the header.
 */
export function checkLogoHeader(bytes: Uint8Array, fileSize: number): LogoProblem | null {
	if (fileSize > LOGO_MAX_BYTES) return 'too_large';
	if (!sniffImageType(bytes)) return 'type';
	const size = headerSize(bytes);
	// Without a readable size there is no telling how large the decoded image would be.
	if (!size) return 'unreadable';
	if (size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE || size.width * size.height > LOGO_MAX_PIXELS) return 'too_many_pixels';
	return null;
}

/** Fits width × height into the maximum box, keeping the aspect ratio, never enlarging. */
export function fitInto(width: number, height: number, maxWidth = LOGO_MAX_WIDTH, maxHeight = LOGO_MAX_HEIGHT): { width: number; height: number } {
	const scale = Math.min(1, maxWidth / width, maxHeight / height);
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function prepareLogo(file: Blob): Promise<LogoResult> {
	if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'too_large' };
	// The whole file (at most 2 MB): a JPEG's frame header can sit behind large metadata segments.
	const bytes = new Uint8Array(await file.arrayBuffer());
	const problem = checkLogoHeader(bytes, file.size);
	if (problem) return { ok: false, problem };
	// checkLogoHeader has made sure that the header gives a size.
	const header = headerSize(bytes)!;
	const bitmap = await decodeScaled(file, fitInto(header.width, header.height));
	if (!bitmap) return { ok: false, problem: 'unreadable' };
	// From the decoded bitmap, not the header: an EXIF orientation may have turned it by 90°.
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

// Decoding straight to the logo's size keeps a large photo from being held in memory at full
// size. Only the width is given: with both, a browser that applies the EXIF orientation before
// resizing would squash a turned photo, while one side alone keeps the aspect ratio either way.
// Browsers without the options (Safari before 15, say) throw or ignore them; the unscaled decode
// is the fallback, and the header check has already bounded its size.
async function decodeScaled(file: Blob, size: PixelSize): Promise<ImageBitmap | null> {
	try {
		return await createImageBitmap(file, { resizeWidth: size.width, resizeQuality: 'high' });
	} catch {
		try {
			return await createImageBitmap(file);
		} catch {
			return null;
		}
	}
}

export function blobToDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}
