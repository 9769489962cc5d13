/** Orders catalogue versions like "2023.1" < "2023.2" < "2023.10" < "2024.1". */
export function compareVersions(a: string, b: string): number {
	const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
	const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (diff !== 0) return diff;
	}
	return 0;
}
