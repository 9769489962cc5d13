// jsPDF loads html2canvas, canvg and DOMPurify only for doc.html() and SVG images, which the
// report never uses. vite.config.ts points those imports here so ~400 KB of unused code is
// neither built nor precached. Should a future report need them, remove the aliases.
const unused = {};
export default unused;
