import matrixJson from '../../../config/role-matrix.json';
import { parseRoleMatrix } from '@sme-cluster/rules';
import { render, screen, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, ResourceDefinitionContextProvider, memoryStore, type DataProvider } from 'react-admin';
import { authProvider } from '../authProvider';
import { i18nProvider } from '../i18n';
import { session, type ConsoleUser } from '../session';
import { ClusterList } from './ClusterList';

const regions = [
  { id: '520100', code: '520100', name: '贵阳市', level: 'prefecture', parentCode: null },
  { id: '520111', code: '520111', name: '花溪区', level: 'county', parentCode: '520100' },
];

const clusters = [
  {
    id: 'k2v9c1x0aaaa',
    name: '中小企业特色产业集群（花溪区大数据产业）',
    leadingIndustry: '大数据',
    industryType: '第三产业',
    areaKm2: 12.5,
    prefectureCode: '520100',
    countyCode: '520111',
    declarantName: '花溪区工业和信息化局',
    operatorName: '花溪大数据产业园管委会',
    status: 'recognized',
    recognizedAt: '2024-01-15',
    validUntil: '2027-01-14',
    revocationGround: null,
    createdAt: '2023-11-01T08:00:00.000Z',
    updatedAt: '2024-01-15T08:00:00.000Z',
  },
];

const fakeDataProvider = {
  getList: jest.fn(async (resource: string) => {
    const data = resource === 'clusters' ? clusters : regions;
    return { data, total: data.length };
  }),
  getMany: jest.fn(async (_resource: string, { ids }: { ids: string[] }) => ({
    data: regions.filter((region) => ids.includes(region.id)),
  })),
} as unknown as DataProvider;

// As <Resource name="clusters" {...clusters} /> registers it: every view exists,
// so only canAccess decides which buttons show.
const clusterDefinition = { name: 'clusters', hasList: true, hasShow: true, hasEdit: true, hasCreate: true, recordRepresentation: 'name' };

const matrix = parseRoleMatrix(matrixJson);
const signInAs = (role: ConsoleUser['role']) =>
  session.start('jwt', {
    id: 1,
    username: 'demo',
    name: '演示用户',
    email: 'demo@demo.local',
    role,
    region: role === 'city_reviewer' ? { code: '520100', name: '贵阳市', level: 'prefecture', prefectureCode: '520100' } : null,
    grants: matrix.grants[role] ?? {},
  });

const renderClusterList = () =>
  render(
    <AdminContext dataProvider={fakeDataProvider} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()}>
      <ResourceDefinitionContextProvider definitions={{ clusters: clusterDefinition }}>
        <ResourceContextProvider value="clusters">
          <ClusterList />
        </ResourceContextProvider>
      </ResourceDefinitionContextProvider>
    </AdminContext>,
  );

describe('ClusterList', () => {
  beforeEach(() => localStorage.clear());

  test('shows Chinese column headers, region names and the status as a chip', async () => {
    signInAs('province_admin');
    renderClusterList();

    const row = (await screen.findByText('中小企业特色产业集群（花溪区大数据产业）')).closest('tr')!;
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(expect.arrayContaining(['集群名称', '主导产业', '市（州）', '县（市、区）', '状态', '有效期至']));

    const chip = within(row).getByText('已认定');
    expect(chip.closest('.MuiChip-root')?.classList).toContain('MuiChip-colorSuccess');
    expect(await within(row).findByText('贵阳市')).toBeTruthy();
    expect(await within(row).findByText('花溪区')).toBeTruthy();
  });

  test('offers 新建 to the province but not to a city reviewer', async () => {
    signInAs('province_admin');
    const { unmount } = renderClusterList();
    expect(await screen.findByRole('link', { name: '新建' })).toBeTruthy();
    unmount();

    signInAs('city_reviewer');
    renderClusterList();
    await screen.findByText('中小企业特色产业集群（花溪区大数据产业）');
    expect(screen.queryByRole('link', { name: '新建' })).toBeNull();
  });
});
