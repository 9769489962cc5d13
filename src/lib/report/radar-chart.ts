// The six-topic radar chart, drawn with Chart.js. Chart.js is imported here only, and this
// module only dynamically, so it loads on the results page and for the report, nowhere else.
import type { Chart as ChartType, Plugin } from 'chart.js';
import { firstFitting, type Box, type LabelSize } from './radar-fit';
import { wrapLabel } from './label-wrap';

export interface RadarData {
	labels: string[];
	/** percent per topic, 0–100 */
	values: number[];
	datasetLabel: string;
}

export interface RadarOptions {
	animate?: boolean;
	/** largest and smallest label font size in px: the largest that keeps the labels inside is used */
	fontSize?: number;
	minFontSize?: number;
	tickFontSize?: number;
	devicePixelRatio?: number;
}

/** Distance between the outer ring and the labels, in px at a 13 px font. */
const LABEL_PADDING = 5;
const LINE_HEIGHT = 1.2;
const BACKDROP_PADDING = 2;
/** characters per label line, widest first; labels at the top and bottom keep the widest */
const WRAP_WIDTHS = [16, 12];

/**
 * What the chart drew last, on the canvas as `data-label-layout` (JSON): its size in px, the
 * label font size and every label's box. Lets a test check the labels lie inside; costs nothing.
 */
export interface LabelLayout {
	width: number;
	height: number;
	font: number;
	boxes: Box[];
}

export async function drawRadar(canvas: HTMLCanvasElement, data: RadarData, options: RadarOptions = {}): Promise<ChartType<'radar'>> {
	const { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler } = await import('chart.js');
	Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
	const maxFont = options.fontSize ?? 13;
	const minFont = options.minFontSize ?? 9;
	const tickFont = options.tickFontSize ?? maxFont - 2;
	const padding = Math.round((LABEL_PADDING * maxFont) / 13);
	const family = Chart.defaults.font.family;

	// Label font and line width for the chart's current size and labels, worked out once per change.
	let memo: { key: string; fit: { size: number; lines: string[][] } } = { key: '', fit: { size: maxFont, lines: [] } };
	const wrapped = (labels: string[], wrap: number) =>
		labels.map((label, i) => wrapLabel(label, Math.abs(Math.sin((2 * Math.PI * i) / labels.length)) < 0.01 ? WRAP_WIDTHS[0] : wrap));
	function labelFit(chart: ChartType): { size: number; lines: string[][] } {
		const labels = (chart.data.labels ?? []) as string[];
		const key = `${chart.width}×${chart.height}:${JSON.stringify(labels)}`;
		if (memo.key === key) return memo.fit;
		const ctx = chart.ctx;
		const measure = ({ size, wrap }: { size: number; wrap: number }): LabelSize[] => {
			ctx.save();
			ctx.font = `${size}px ${family}`;
			const sizes = wrapped(labels, wrap).map((lines) => ({ w: Math.max(0, ...lines.map((l) => ctx.measureText(l).width)), h: lines.length * size * LINE_HEIGHT }));
			ctx.restore();
			return sizes;
		};
		const choices: { size: number; wrap: number }[] = [];
		for (let size = maxFont; size >= minFont; size--) for (const wrap of WRAP_WIDTHS) choices.push({ size, wrap });
		const geometry = { width: chart.width, height: chart.height, inset: (tickFont + 2 * BACKDROP_PADDING) / 2, padding };
		const { size, wrap } = firstFitting(geometry, choices, measure);
		memo = { key, fit: { size, lines: wrapped(labels, wrap) } };
		return memo.fit;
	}

	const reportLayout: Plugin<'radar'> = {
		id: 'kmuLabelLayout',
		afterLayout(chart) {
			const scale = chart.scales.r as unknown as { _pointLabelItems?: { left: number; top: number; right: number; bottom: number }[] };
			const layout: LabelLayout = {
				width: chart.width,
				height: chart.height,
				font: labelFit(chart).size,
				boxes: (scale._pointLabelItems ?? []).map((b) => [b.left, b.top, b.right, b.bottom].map((v) => Math.round(v * 10) / 10) as Box)
			};
			chart.canvas.dataset.labelLayout = JSON.stringify(layout);
		}
	};

	return new Chart(canvas, {
		type: 'radar',
		data: {
			labels: [...data.labels],
			datasets: [
				{
					label: data.datasetLabel,
					data: data.values,
					fill: true,
					backgroundColor: 'rgba(11, 79, 108, 0.25)',
					borderColor: '#0b4f6c',
					pointBackgroundColor: '#0b4f6c',
					borderWidth: Math.max(2, maxFont / 8)
				}
			]
		},
		plugins: [reportLayout],
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
					ticks: {
						stepSize: 25,
						font: (ctx) => ({ size: Math.min(tickFont, labelFit(ctx.chart).size), lineHeight: LINE_HEIGHT }),
						backdropPadding: BACKDROP_PADDING,
						backdropColor: 'rgba(255,255,255,0.8)',
						callback: (v) => `${v} %`
					},
					pointLabels: {
						font: (ctx) => ({ size: labelFit(ctx.chart).size, lineHeight: LINE_HEIGHT, family }),
						// Labels are the topics' titles, wrapped here to the width that fits.
						callback(this: { chart: ChartType }, label: string, index: number) {
							return labelFit(this.chart).lines[index] ?? label;
						},
						padding,
						color: '#1b1f24'
					},
					grid: { color: '#c5ced6' },
					angleLines: { color: '#c5ced6' }
				}
			}
		}
	});
}
