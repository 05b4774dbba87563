/// <reference types="node" />
// Writes engine/generated/form-fields.ts from the form descriptor (npm run generate:form; why: see form-reader.ts).
import * as fs from 'fs';
import * as path from 'path';
import { formSections } from '../form/descriptor';
import { readerSource } from './form-reader';

/** The generated file in the package's sources (this runs from dist/engine). */
export const GENERATED_READER = path.resolve(__dirname, '../../src/engine/generated/form-fields.ts');

if (require.main === module) {
  fs.writeFileSync(GENERATED_READER, readerSource(formSections));
  console.log(`wrote ${GENERATED_READER}`);
}
