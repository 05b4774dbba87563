/// <reference types="node" />
// Writes engine/generated/form-fields.ts and form-scan.ts from the form descriptor
// (npm run generate:form; why: see form-reader.ts and form-scan.ts).
import * as fs from 'fs';
import * as path from 'path';
import { formSections, PLAN_MAX_CHARS } from '../form/descriptor';
import { fieldChecks, scanSource } from './form-scan';
import { formFieldList, readerSource } from './form-reader';

/** The generated files in the package's sources (this runs from dist/engine). */
export const GENERATED_READER = path.resolve(__dirname, '../../src/engine/generated/form-fields.ts');
export const GENERATED_SCAN = path.resolve(__dirname, '../../src/engine/generated/form-scan.ts');

/** The generated scan's text for the current descriptor. */
export function formScanSource(): string {
  return scanSource(fieldChecks(formFieldList(formSections), PLAN_MAX_CHARS));
}

if (require.main === module) {
  fs.writeFileSync(GENERATED_READER, readerSource(formSections));
  fs.writeFileSync(GENERATED_SCAN, formScanSource());
  console.log(`wrote ${GENERATED_READER} and ${GENERATED_SCAN}`);
}
