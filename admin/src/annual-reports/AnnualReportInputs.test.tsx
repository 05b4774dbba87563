import { screen, within } from '@testing-library/react';
import { SimpleForm } from 'react-admin';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { AnnualReportInputs } from './AnnualReportInputs';
import { metricsWithDefaults } from './annualFigures';

describe('AnnualReportInputs', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('city_reviewer');
  });

  test('the report year only, with the form’s own inputs holding the stored figures, and the narrative counter', async () => {
    const record = {
      id: 'r1',
      year: 2025,
      status: 'draft',
      version: 1,
      metrics: metricsWithDefaults({ leadingIndustry: { years: [{}, {}, { totalOutput: 123.45 }] } }, 2025),
      narrative: '年度说明',
    };
    renderWithRecord(
      <SimpleForm toolbar={false}>
        <AnnualReportInputs year={2025} />
      </SimpleForm>,
      { record, resource: 'annual-reports' },
    );
    const table = await screen.findByRole('table', { name: '年度主要指标（第二至第五部分）' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['指标', '单位', '2025年']);
    const output = screen.getByTestId('figure-metrics.leadingIndustry.years.2.totalOutput');
    expect((within(output).getByRole('spinbutton') as HTMLInputElement).value).toBe('123.45');
    expect(within(table).getByText('五、绿色化转型情况')).toBeTruthy();
    expect(screen.getByTestId('counter-narrative').textContent).toBe('4 / 3000 字');
  });
});
