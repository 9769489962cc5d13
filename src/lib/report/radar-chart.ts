// The six-topic radar chart, drawn with Chart.js. Chart.js is imported here only, and this
// module only dynamically, so it loads on the results page and for the report, nowhere else.
import type { Chart as ChartType } from 'chart.js';

export interface RadarData {
	labels: string[];
	/** percent per topic, 0–100 */
	values: number[];
	datasetLabel: string;
}

/** Splits a long label into lines of about `width` characters, so it fits around the chart. */
export function wrapLabel(label: string, width = 18): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export async function drawRadar(
	canvas: HTMLCanvasElement,
	data: RadarData,
	options: { animate?: boolean; fontSize?: number; devicePixelRatio?: number } = {}
): Promise<ChartType<'radar'>> {
	const { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler } = await import('chart.js');
	Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
	const fontSize = options.fontSize ?? 13;
	return new Chart(canvas, {
		type: 'radar',
		data: {
			labels: data.labels.map((l) => wrapLabel(l)),
			datasets: [
				{
					label: data.datasetLabel,
					data: data.values,
					fill: true,
					backgroundColor: 'rgba(11, 79, 108, 0.25)',
					borderColor: '#0b4f6c',
					pointBackgroundColor: '#0b4f6c',
					borderWidth: 2
				}
			]
		},
		options: {
			animation: options.animate === false ? false : undefined,
			responsive: options.animate !== false,
			maintainAspectRatio: true,
			devicePixelRatio: options.devicePixelRatio,
			plugins: { legend: { display: false }, tooltip: { enabled: false } },
			scales: {
				r: {
					min: 0,
					max: 100,
					ticks: { stepSize: 25, font: { size: fontSize - 2 }, backdropColor: 'rgba(255,255,255,0.8)', callback: (v) => `${v} %` },
					pointLabels: { font: { size: fontSize }, color: '#1b1f24' },
					grid: { color: '#c5ced6' },
					angleLines: { color: '#c5ced6' }
				}
			}
		}
	});
}
