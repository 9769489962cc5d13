// The bundled §30 measures, for Node and the tests (the app loads them through src/lib/content/).
import measures2025v12 from '../../../questions/nis2-measures/2025-12.json';
import { currentCatalogue } from './catalogues';
import { checkMeasuresFile, localiseMeasures } from './nis2-measures-parse';
import type { Locale } from './types';

export const currentMeasuresFile = checkMeasuresFile(measures2025v12, 'questions/nis2-measures/2025-12.json', currentCatalogue);

export const currentMeasures = (locale: Locale) => localiseMeasures(currentMeasuresFile, locale);
