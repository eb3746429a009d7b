export { buildThemes, detectFormulations, type DetectedFormulation } from './build-themes.ts';
export { findFormulations, type FormulationMention } from './detect-formulations.ts';
export { sortThemesForGlossary, compareGlossaryNames, leadingNumeral } from './glossary.ts';
export { splitSentences, type Sentence } from './sentences.ts';
export { parseThemesFile, type ThemeConfig, type ThemeMemberConfig } from '../schemas/themes.ts';
