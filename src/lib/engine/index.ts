// The public API of the engine: pure functions over validated data. No Svelte, no DOM, no
// $lib/$app imports, so the same code runs in the browser, in Node and in the tests.
// The app's pages import the two halves directly ($lib/engine/din, $lib/engine/nis2) to keep
// each page's download small; everything is exported here as one API.
export * from './din';
export * from './nis2';
// The bundled content, for Node and the tests (the app loads it through src/lib/content/).
export { catalogues, currentCatalogue, findCatalogue } from './catalogues';
export { currentNis2Rules } from './nis2/current';
export { currentMeasures, currentMeasuresFile } from './nis2-measures-current';
