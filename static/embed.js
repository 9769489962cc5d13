/*
 * KMU Cyber-Check – host script for embedding the app in an iframe.
 *
 *   <iframe data-kmu-cyber-check src="https://check.example.com/?embed=1" title="IT-Sicherheits-Check"
 *           style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://check.example.com/embed.js" defer></script>
 *
 * The data-kmu-cyber-check attribute is optional: every iframe whose address is on the origin
 * this script was loaded from is connected too (a warning in the console says when there is
 * none, so a typo in the address does not fail silently).
 *
 * It sets the iframe's height from the height messages the app posts, so the page needs no
 * scroll bar of its own, and after a navigation inside the app it scrolls this page to where the
 * app's new page (or the new topic) begins. When the iframe's address names this page's origin as parentOrigin
 * (…&parentOrigin=https://www.your-site.example), the app also posts a summary of results
 * (score, NIS-2 category – never answers); this script passes it on as a
 * "kmu-cyber-check:summary" event on the iframe element.
 * Only messages from the iframe's own window and origin, of the documented types and shapes,
 * are used; everything else is ignored.
 */
(function () {
	'use strict';
	// Where the app is: the origin this script came from (read now, while it runs).
	var self = document.currentScript && document.currentScript.src;
	var appOrigin = null;
	try {
		appOrigin = self ? new URL(self, location.href).origin : null;
	} catch {
		appOrigin = null;
	}
	var HEIGHT = 'kmu-cyber-check:height';
	var SUMMARY = 'kmu-cyber-check:summary';
	var SCROLL = 'kmu-cyber-check:scroll';
	var CATEGORIES = ['essential', 'important', 'registration_only', 'not_affected', 'uncertain'];

	function isCount(value, max) {
		return typeof value === 'number' && isFinite(value) && value >= 0 && value <= max;
	}

	function summaryOf(data) {
		var summary = {};
		if (data.check && typeof data.check === 'object') {
			var c = data.check;
			if (!isCount(c.score, 1000) || !isCount(c.maxScore, 1000) || typeof c.complete !== 'boolean') return null;
			summary.check = { score: c.score, maxScore: c.maxScore, complete: c.complete };
		}
		if (data.nis2 && typeof data.nis2 === 'object') {
			if (CATEGORIES.indexOf(data.nis2.category) < 0) return null;
			summary.nis2 = { category: data.nis2.category };
		}
		return summary.check || summary.nis2 ? summary : null;
	}

	function connect(iframe) {
		if (iframe.__kmuCyberCheck) return;
		iframe.__kmuCyberCheck = true;
		var origin;
		try {
			origin = new URL(iframe.src, location.href).origin;
		} catch {
			return;
		}
		window.addEventListener('message', function (event) {
			if (event.origin !== origin || event.source !== iframe.contentWindow) return;
			var data = event.data;
			if (!data || typeof data !== 'object') return;
			if (data.type === HEIGHT && isCount(data.height, 100000) && data.height > 0) {
				iframe.style.height = Math.ceil(data.height) + 'px';
			} else if (data.type === SCROLL && isCount(data.top, 100000)) {
				// After a navigation inside the app: show its new page (or topic) from the top.
				window.scrollTo(0, iframe.getBoundingClientRect().top + window.pageYOffset + data.top);
			} else if (data.type === SUMMARY) {
				var summary = summaryOf(data);
				if (summary) iframe.dispatchEvent(new CustomEvent(SUMMARY, { detail: summary }));
			}
		});
	}

	function isApp(iframe) {
		if (iframe.hasAttribute('data-kmu-cyber-check')) return true;
		try {
			return appOrigin !== null && new URL(iframe.src, location.href).origin === appOrigin;
		} catch {
			return false;
		}
	}

	function connectAll() {
		var frames = document.querySelectorAll('iframe');
		var found = 0;
		for (var i = 0; i < frames.length; i++) {
			if (!isApp(frames[i])) continue;
			connect(frames[i]);
			found++;
		}
		if (found === 0 && typeof console !== 'undefined') {
			console.warn('KMU Cyber-Check embed.js: no iframe found whose src is on ' + (appOrigin || 'the app\'s origin') + ' (or that has the data-kmu-cyber-check attribute). Check the iframe address.');
		}
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connectAll);
	else connectAll();
})();
