// The current moment as state, for live countdowns: ticks while something shows it. Every tick
// re-renders only what reads `now`; the countdown text changes once a minute.
export class Clock {
	now = $state(new Date().toISOString());
	#timer: ReturnType<typeof setInterval> | undefined;
	#users = 0;

	/** Starts ticking every `ms` (from a component's $effect); call the returned stop on teardown. */
	start(ms = 1000): () => void {
		this.#users++;
		this.now = new Date().toISOString();
		this.#timer ??= setInterval(() => (this.now = new Date().toISOString()), ms);
		return () => {
			if (--this.#users === 0 && this.#timer !== undefined) {
				clearInterval(this.#timer);
				this.#timer = undefined;
			}
		};
	}
}

export const clock = new Clock();
