// ISO 8601 durations from the rules file ("PT24H", "P3M", "P2W") in words.
import { m } from '$lib/paraglide/messages';

export function formatPeriod(iso: string): string {
	const match = /^P(?:(\d+)M|(\d+)W|(\d+)D|T(\d+)H)$/.exec(iso);
	if (!match) return iso;
	const [, months, weeks, days, hours] = match;
	if (months) return Number(months) === 1 ? m.period_month_one() : m.period_months({ count: Number(months) });
	if (weeks) return Number(weeks) === 1 ? m.period_week_one() : m.period_weeks({ count: Number(weeks) });
	if (days) return Number(days) === 1 ? m.period_day_one() : m.period_days({ count: Number(days) });
	return m.period_hours({ count: Number(hours) });
}
