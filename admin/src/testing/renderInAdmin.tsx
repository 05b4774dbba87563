import matrixJson from '../../../config/role-matrix.json';
import { parseRoleMatrix } from '@sme-cluster/rules';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, RecordContextProvider, ResourceContextProvider, memoryStore, type DataProvider } from 'react-admin';
import { authProvider } from '../authProvider';
import { i18nProvider } from '../i18n';
import { session, type ConsoleUser } from '../session';

const matrix = parseRoleMatrix(matrixJson);

/** Signs a demo user of `role` in, with that role's row of the real role matrix. */
export function signInAs(role: ConsoleUser['role']) {
  const region: ConsoleUser['region'] =
    role === 'county_declarant'
      ? { code: '520115', name: '观山湖区', level: 'county', prefectureCode: '520100' }
      : role === 'city_reviewer'
        ? { code: '520100', name: '贵阳市', level: 'prefecture', prefectureCode: '520100' }
        : null;
  session.start('jwt', { id: 1, username: 'demo', name: '演示用户', email: 'demo@demo.local', role, region, grants: matrix.grants[role] ?? {} });
}

const regions = [
  { id: '520100', code: '520100', name: '贵阳市', level: 'prefecture', parentCode: null },
  { id: '520115', code: '520115', name: '观山湖区', level: 'county', parentCode: '520100' },
];

/** Answers region look-ups; everything else is an empty list. */
export const fakeDataProvider = {
  getList: jest.fn(async (resource: string) => (resource === 'regions' ? { data: regions, total: regions.length } : { data: [], total: 0 })),
  getMany: jest.fn(async (_resource: string, { ids }: { ids: string[] }) => ({ data: regions.filter((region) => ids.includes(region.id)) })),
  getOne: jest.fn(async (_resource: string, { id }: { id: string }) => ({ data: regions.find((region) => region.id === id) ?? { id } })),
} as unknown as DataProvider;

/** Renders a piece of a record page inside react-admin, in Chinese, with `record` in context. */
export function renderWithRecord(ui: ReactNode, { record, resource = 'applications' }: { record: Record<string, unknown>; resource?: string }) {
  return render(
    <AdminContext dataProvider={fakeDataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceContextProvider value={resource}>
        <RecordContextProvider value={record as { id: string }}>{ui}</RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
}
