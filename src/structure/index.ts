/** The structure stage: a Markdown source becomes a `Doc`. */
export { structureSource, type StructureResult } from './structure-source.ts';
export { findPoints, leadClause, type PointParagraph } from './points.ts';
export { CLOSING_ADDRESS } from './roles.ts';
export { sourceId } from './source-id.ts';
export { PARAGRAPH_LIMIT } from './cut-points.ts';
