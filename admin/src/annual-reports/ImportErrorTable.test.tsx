import { screen, within } from '@testing-library/react';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { ImportErrorTable } from './ImportErrorTable';
import type { CellError } from './importSheet';

// As the server answers a refused file: `error.details.errors` of POST /api/annual-reports/import.
const errors: CellError[] = [
  { row: 4, column: 'C', header: '集群总产值（亿元）', path: 'C4', message: { zh: '请填写数字', en: 'Enter a number' } },
  { row: 6, column: 'E', header: '集群主导产业产值占集群总产值比例（%）', path: 'E6', message: { zh: '不能超过100', en: 'At most 100' } },
];

describe('ImportErrorTable', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('city_reviewer');
  });

  test('one row per wrong cell: its row, column letter, header and the Chinese message', () => {
    renderWithRecord(<ImportErrorTable errors={errors} />, { record: { id: 'none' }, resource: 'annual-reports' });
    const table = screen.getByRole('table', { name: '导入错误' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['行', '列', '表头', '问题']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['4', 'C', '集群总产值（亿元）', '请填写数字'],
      ['6', 'E', '集群主导产业产值占集群总产值比例（%）', '不能超过100'],
    ]);
    expect(screen.queryByText('Enter a number')).toBeNull();
  });
});
