import type { FileRef } from '@sme-cluster/rules';
import { apiUrl, httpClient } from '../../httpClient';

/** Sends files to Strapi's upload (multipart `files`) and returns the references the form stores. */
export async function uploadFiles(files: File[]): Promise<FileRef[]> {
  const body = new FormData();
  for (const file of files) body.append('files', file);
  const { json } = await httpClient(`${apiUrl}/upload`, { method: 'POST', body });
  return (json as FileRef[]).map(({ id, name, mime, url }) => ({ id, name, mime, url }));
}
