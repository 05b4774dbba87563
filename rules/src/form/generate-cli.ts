/// <reference types="node" />
// Writes the form's Strapi components to <componentsDir>/form/*.json (npm run generate:form).
// Only the `form` category is touched; stale files there are removed so the folder equals the generator.
import * as fs from 'fs';
import * as path from 'path';
import { COMPONENT_CATEGORY, strapiComponents } from './strapi';

export function componentFileText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(componentsDir: string | undefined): void {
  if (!componentsDir) {
    console.error('usage: generate-cli <cms/src/components>');
    process.exit(2);
  }
  const dir = path.join(componentsDir, COMPONENT_CATEGORY);
  fs.mkdirSync(dir, { recursive: true });
  const components = strapiComponents();
  const wanted = new Set(components.map((c) => `${c.name}.json`));
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith('.json') && !wanted.has(file)) fs.unlinkSync(path.join(dir, file));
  }
  for (const c of components) fs.writeFileSync(path.join(dir, `${c.name}.json`), componentFileText(c.schema));
  console.log(`wrote ${components.length} components to ${dir}`);
}

if (require.main === module) main(process.argv[2]);
