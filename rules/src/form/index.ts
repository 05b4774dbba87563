// The application form: one description, the draft schema, derived values and the Strapi mapping.
export * from './values';
export type { Bilingual, Expected, Problem } from './messages';
export { describeProblem } from './messages';
export type {
  Choice,
  ValueType,
  Requirement,
  RequiredWhen,
  Numeric,
  ExtraTargetRow,
  FieldNode,
  GroupNode,
  RowsNode,
  TargetsNode,
  TargetRowSpec,
  FormNode,
} from './nodes';
export { STRING_MAX_LENGTH, hasAtMostTwoDecimals } from './nodes';
export * from './descriptor';
export * from './schema';
export * from './fields';
export * from './derived';
export * from './strapi';
export * from './places';
