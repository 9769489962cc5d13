// Subsets DejaVu Sans (regular and bold) to the characters the PDF report needs, so the report
// can embed real fonts with umlauts, € and typographic quotes at about 40 KB each, then records
// which characters the subsets really draw. Run after changing "requested" in
// src/lib/report/font-coverage.json; the subsets and the coverage are committed.
// Needs fontTools (Debian: apt-get install python3-fonttools fonts-dejavu-core).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const coverageFile = 'src/lib/report/font-coverage.json';
const coverage = JSON.parse(readFileSync(coverageFile, 'utf8'));
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
const unicodes = coverage.requested.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
const source = process.env.DEJAVU_DIR ?? '/usr/share/fonts/truetype/dejavu';
const outputs = ['', '-Bold'].map((weight) => {
	const output = `static/fonts/DejaVuSans${weight}-subset.ttf`;
	execFileSync('/usr/bin/python3', [
		'-m', 'fontTools.subset', `${source}/DejaVuSans${weight}.ttf`,
		`--unicodes=${unicodes}`, `--output-file=${output}`,
		'--layout-features=kern,liga', '--name-IDs=*', '--name-legacy', '--notdef-outline', '--no-hinting'
	], { stdio: ['ignore', 'inherit', 'ignore'] });
	return output;
});

// Characters both subsets can draw, as ranges.
const cmap = (file) =>
	new Set(
		JSON.parse(
			execFileSync('/usr/bin/python3', ['-c', `import json,sys; from fontTools.ttLib import TTFont; print(json.dumps(sorted(TTFont(sys.argv[1]).getBestCmap())))`, file], { encoding: 'utf8' })
		)
	);
const [regular, bold] = outputs.map(cmap);
const both = [...regular].filter((c) => bold.has(c)).sort((a, b) => a - b);
const ranges = [];
for (const c of both) {
	const last = ranges[ranges.length - 1];
	if (last && last[1] === c - 1) last[1] = c;
	else ranges.push([c, c]);
}
writeFileSync(coverageFile, JSON.stringify({ ...coverage, ranges }, null, '\t') + '\n');
copyFileSync('/usr/share/doc/fonts-dejavu-core/copyright', 'static/fonts/LICENSE-DejaVu.txt');
console.log(`static/fonts: subsets written; ${both.length} characters in ${ranges.length} ranges`);
