// Image headers are built byte by byte here, so the tests need no image files; prepareLogo itself
// needs a canvas and createImageBitmap and is left to the browser tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLogoHeader, fitInto, headerSize, LOGO_MAX_BYTES, sniffImageType } from '$lib/files/logo';

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const le32 = (n: number) => [...le24(n), (n >>> 24) & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** PNG signature and IHDR chunk (8-bit RGBA; the CRC is not checked, so zeros do). */
function png(width: number, height: number): Uint8Array {
	return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...be32(13), ...ascii('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0, ...be32(0)]);
}

/** A JPEG segment: FF, marker, length (counting itself) and payload. */
const segment = (marker: number, payload: number[]) => [0xff, marker, ...be16(payload.length + 2), ...payload];
/** A frame header payload: precision, height, width, one component. */
const frame = (width: number, height: number) => [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0];
const jpeg = (...parts: number[][]) => Uint8Array.from([0xff, 0xd8, ...parts.flat()]);

/** RIFF/WEBP wrapper around one chunk. */
const webp = (type: string, data: number[]) => Uint8Array.from([...ascii('RIFF'), ...le32(4 + 8 + data.length), ...ascii('WEBP'), ...ascii(type), ...le32(data.length), ...data]);
/** Lossy: frame tag, start code, 14-bit width and height. */
const vp8 = (width: number, height: number) => webp('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, width & 0xff, (width >> 8) & 0x3f, height & 0xff, (height >> 8) & 0x3f]);
/** Lossless: signature, then width − 1 and height − 1 packed in 14 bits each. */
function vp8l(width: number, height: number): Uint8Array {
	const bits = (width - 1) | ((height - 1) << 14); // 28 bits, alpha and version bits 0
	return webp('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0x0f]);
}
/** Extended: flags, reserved, canvas width − 1 and height − 1 in 24 bits each. */
const vp8x = (width: number, height: number) => webp('VP8X', [0x10, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);

describe('headerSize reads PNG', () => {
	it('reads width and height from IHDR', () => {
		expect(headerSize(png(600, 240))).toEqual({ width: 600, height: 240 });
	});

	it('reads a 20000 × 20000 header without decoding anything', () => {
		expect(headerSize(png(20000, 20000))).toEqual({ width: 20000, height: 20000 });
	});

	it('reads sides from 2^31 up as positive numbers', () => {
		expect(headerSize(png(0x80000000, 1))).toEqual({ width: 0x80000000, height: 1 });
	});

	it('gives null for a cut-off header, a first chunk other than IHDR and a side of 0', () => {
		expect(headerSize(png(600, 240).subarray(0, 23))).toBeNull();
		const other = png(600, 240);
		other.set(ascii('tEXt'), 12);
		expect(headerSize(other)).toBeNull();
		expect(headerSize(png(0, 240))).toBeNull();
	});
});

describe('headerSize reads JPEG', () => {
	it('reads SOF0 right after SOI', () => {
		expect(headerSize(jpeg(segment(0xc0, frame(1024, 768))))).toEqual({ width: 1024, height: 768 });
	});

	it('skips several segments (APP0, APP1 with Exif, DQT, DHT, COM) before SOF0', () => {
		const bytes = jpeg(
			segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
			segment(0xe1, [...ascii('Exif'), 0, 0, ...new Array<number>(300).fill(0xff)]),
			segment(0xdb, new Array<number>(65).fill(1)),
			segment(0xc4, new Array<number>(30).fill(0)),
			segment(0xfe, ascii('made with \xff\xd9 inside')),
			segment(0xc0, frame(4000, 3000))
		);
		expect(headerSize(bytes)).toEqual({ width: 4000, height: 3000 });
	});

	it.each([0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])('reads the frame header SOF marker %#x', (marker) => {
		expect(headerSize(jpeg(segment(marker, frame(320, 200))))).toEqual({ width: 320, height: 200 });
	});

	it('skips fill bytes and standalone markers', () => {
		expect(headerSize(jpeg([0xff, 0xff, 0xff, 0xd0], segment(0xc2, frame(10, 20))))).toEqual({ width: 10, height: 20 });
	});

	it('gives null for a JPEG cut off anywhere before the end of the frame header', () => {
		const whole = jpeg(segment(0xe0, new Array<number>(14).fill(0)), segment(0xc0, frame(800, 600)));
		const frameEnd = 2 + 18 + 2 + 2 + 5; // SOI, APP0, FF C0, length, precision + height + width
		for (let end = 0; end < frameEnd; end++) expect(headerSize(whole.subarray(0, end))).toBeNull();
		expect(headerSize(whole.subarray(0, frameEnd))).toEqual({ width: 800, height: 600 });
	});

	it('gives null when the segment lengths run past the end', () => {
		expect(headerSize(jpeg([0xff, 0xe1, 0xff, 0xff, 0, 0, 0]))).toBeNull();
	});

	it('gives null for a length below 2, which would otherwise loop on the same spot', () => {
		expect(headerSize(jpeg([0xff, 0xe0, 0x00, 0x00, 0xff, 0xe0, 0x00, 0x00]))).toBeNull();
		expect(headerSize(jpeg([0xff, 0xe0, 0x00, 0x01]))).toBeNull();
	});

	it('gives null for image data or the end before any frame header, and for junk where a marker belongs', () => {
		expect(headerSize(jpeg(segment(0xda, [1, 2, 3]), segment(0xc0, frame(8, 8))))).toBeNull();
		expect(headerSize(jpeg([0xff, 0xd9], segment(0xc0, frame(8, 8))))).toBeNull();
		expect(headerSize(jpeg([0x00, 0x11], segment(0xc0, frame(8, 8))))).toBeNull();
	});

	it('gives null for a height of 0 (to be defined later in the file, which we do not follow)', () => {
		expect(headerSize(jpeg(segment(0xc0, frame(800, 0))))).toBeNull();
	});

	it('ends, without throwing, for any bytes after SOI', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
				const size = headerSize(Uint8Array.from([0xff, 0xd8, 0xff, ...tail]));
				expect(size === null || (size.width > 0 && size.height > 0)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('headerSize reads WebP', () => {
	it('reads lossy VP8', () => {
		expect(headerSize(vp8(640, 480))).toEqual({ width: 640, height: 480 });
	});

	it('ignores the scaling bits of VP8', () => {
		const bytes = vp8(640, 480);
		bytes[27] = bytes[27]! | 0xc0;
		expect(headerSize(bytes)).toEqual({ width: 640, height: 480 });
	});

	it('gives null for VP8 without the start code', () => {
		const bytes = vp8(640, 480);
		bytes[23] = 0;
		expect(headerSize(bytes)).toBeNull();
	});

	it.each([
		[1, 1],
		[600, 240],
		[16384, 16384]
	])('reads lossless VP8L %i × %i', (width, height) => {
		expect(headerSize(vp8l(width, height))).toEqual({ width, height });
	});

	it('reads extended VP8X, up to its 24-bit sides', () => {
		expect(headerSize(vp8x(1200, 800))).toEqual({ width: 1200, height: 800 });
		expect(headerSize(vp8x(2 ** 24, 20000))).toEqual({ width: 2 ** 24, height: 20000 });
	});

	it('gives null for a cut-off chunk and an unknown chunk type', () => {
		expect(headerSize(vp8x(1200, 800).subarray(0, 29))).toBeNull();
		expect(headerSize(vp8l(10, 10).subarray(0, 24))).toBeNull();
		expect(headerSize(webp('ALPH', new Array<number>(10).fill(0)))).toBeNull();
	});
});

describe('headerSize outside the three formats', () => {
	it.each([
		['nothing', new Uint8Array()],
		['SVG', Uint8Array.from(ascii('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'))],
		['GIF', Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0])]
	])('gives null for %s', (_, bytes) => {
		expect(headerSize(bytes)).toBeNull();
	});

	it('agrees with sniffImageType on the built headers', () => {
		expect([png(1, 1), jpeg(segment(0xc0, frame(1, 1))), vp8(1, 1), vp8l(1, 1), vp8x(1, 1)].map(sniffImageType)).toEqual(['png', 'jpeg', 'webp', 'webp', 'webp']);
	});
});

describe('checkLogoHeader decides before decoding', () => {
	it('lets an ordinary logo through', () => {
		expect(checkLogoHeader(png(1200, 480), 40_000)).toBeNull();
		expect(checkLogoHeader(jpeg(segment(0xc0, frame(4000, 3000))), 1_500_000)).toBeNull();
		expect(checkLogoHeader(vp8x(800, 800), 20_000)).toBeNull();
	});

	it('refuses a 20000 × 20000 PNG, however small the file', () => {
		expect(checkLogoHeader(png(20000, 20000), 100)).toBe('too_many_pixels');
	});

	it('allows exactly 16 megapixels and 8000 px, and refuses one pixel more', () => {
		expect(checkLogoHeader(png(4000, 4000), 100)).toBeNull();
		expect(checkLogoHeader(png(4000, 4001), 100)).toBe('too_many_pixels');
		expect(checkLogoHeader(png(8000, 2000), 100)).toBeNull();
		expect(checkLogoHeader(png(8001, 10), 100)).toBe('too_many_pixels');
		expect(checkLogoHeader(vp8l(10, 8001), 100)).toBe('too_many_pixels');
	});

	it('refuses a file over the byte limit before anything else', () => {
		expect(checkLogoHeader(png(100, 100), LOGO_MAX_BYTES + 1)).toBe('too_large');
		expect(checkLogoHeader(png(100, 100), LOGO_MAX_BYTES)).toBeNull();
	});

	it('refuses other formats as the wrong type', () => {
		expect(checkLogoHeader(Uint8Array.from(ascii('<svg/>')), 6)).toBe('type');
	});

	it('calls a known format without a readable size unreadable', () => {
		expect(checkLogoHeader(jpeg([0xff, 0xe0, 0x00]), 5)).toBe('unreadable');
		expect(checkLogoHeader(png(0, 0), 33)).toBe('unreadable');
	});
});

describe('fitInto', () => {
	it('shrinks into 600 × 240 keeping the aspect ratio and never enlarges', () => {
		expect(fitInto(1200, 480)).toEqual({ width: 600, height: 240 });
		expect(fitInto(4000, 4000)).toEqual({ width: 240, height: 240 });
		expect(fitInto(100, 50)).toEqual({ width: 100, height: 50 });
	});
});
