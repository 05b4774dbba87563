import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithRecord, signInAs } from '../../testing/renderInAdmin';
import { ApplicationFormTabs } from './ApplicationFormTabs';

const record = { id: 'app1', callYear: 2026, status: 'draft', version: 3, prefectureCode: '520100', countyCode: '520115', form: {} };

// The whole form (every tab is mounted) is a large tree for jsdom.
jest.setTimeout(60_000);

describe('ApplicationFormTabs', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('county_declarant');
  });

  test('one tab per printed section, 封面 with 一 first, each with its count of open items', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    const headers = (await screen.findAllByRole('tab')).map((tab) => /^(.*?)(?: \((\d+)\))?$/.exec(tab.textContent ?? '')!);
    // An empty draft has blank required fields on every tab.
    expect(headers.map(([, , count]) => Number(count ?? 0) > 0)).toEqual([true, true, true, true, true, true, true, true, true]);
    const tabs = headers.map(([, name]) => name);
    expect(tabs).toEqual([
      '封面 · 一、基本情况',
      '二、主导产业',
      '三、创新能力',
      '四、数字化升级',
      '五、绿色化转型',
      '六、开放合作',
      '七、治理和服务',
      '八、发展规划',
      '九、声明及推荐意见',
    ]);
  });

  test('section 二 prints the three real years before the call year side by side, with units', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    // Every tab is mounted; the edit page opens one by its URL (see the browser test), here they are read hidden.
    await screen.findByRole('tab', { name: /二、主导产业/ });
    const table = screen.getByLabelText('主导产业情况（近三年）');
    const headers = within(table)
      .getAllByRole('columnheader', { hidden: true })
      .map((header) => header.textContent);
    expect(headers).toEqual(['指标', '单位', '2023年', '2024年', '2025年']);
    const outputRow = within(table).getByText('集群总产值（亿元）').closest('tr')!;
    expect(within(outputRow).getByText('亿元')).toBeTruthy();
    expect(within(outputRow).getAllByRole('spinbutton', { hidden: true })).toHaveLength(3);
  });

  test('the tab count falls as a required field is filled', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    const tab = await screen.findByRole('tab', { name: /二、主导产业/ });
    const count = () => Number(/\((\d+)\)/.exec(tab.textContent ?? '')?.[1] ?? 0);
    const before = count();
    const table = screen.getByLabelText('主导产业情况（近三年）');
    const [first] = within(within(table).getByText('集群总产值（亿元）').closest('tr')!).getAllByRole('spinbutton', { hidden: true });
    fireEvent.change(first, { target: { value: '28.6' } });
    await waitFor(() => expect(count()).toBe(before - 1), { timeout: 20_000 });
  });

  test('a 201-character narrative turns its counter red and shows the server’s Chinese message', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    // Every tab is mounted; the edit page opens one by its URL (see the browser test), here they are read hidden.
    await screen.findByRole('tab', { name: /二、主导产业/ });
    const narrative = screen.getByLabelText('集群产业链培育和招商情况（200字以内）');
    // Line breaks do not count: 201 characters plus two newlines.
    fireEvent.change(narrative, { target: { value: `${'链'.repeat(100)}\n${'招'.repeat(100)}\n商` } });
    const counter = await screen.findByTestId('counter-form.leadingIndustry.chainCultivation');
    await waitFor(() => expect(counter.textContent).toBe('201 / 200 字'), { timeout: 20_000 });
    expect(counter.classList).toContain('Mui-error');
    expect(await screen.findByText('最多200字（现有201字，换行不计）')).toBeTruthy();
  });

  test('a target cell with 3 decimals shows the message in its own row (the schema names the row by id)', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    // Every tab is mounted; the edit page opens one by its URL (see the browser test), here they are read hidden.
    await screen.findByRole('tab', { name: /八、发展规划/ });
    const row = within(screen.getByRole('table', { name: '1.三年总体目标', hidden: true }))
      .getByText('二氧化碳排放量')
      .closest('tr')!;
    const [, target] = within(row).getAllByRole('spinbutton', { hidden: true });
    fireEvent.change(target, { target: { value: '0.655' } });
    expect(await within(row).findByText('最多保留两位小数', {}, { timeout: 20_000 })).toBeTruthy();
  });

  test('“无” replaces a field’s input and the checkbox items ask for evidence once ticked', async () => {
    renderWithRecord(<ApplicationFormTabs />, { record });
    // Every tab is mounted; the edit page opens one by its URL (see the browser test), here they are read hidden.
    await screen.findByRole('tab', { name: /二、主导产业/ });
    fireEvent.click(screen.getByLabelText('无：集群供应链风险评估情况（200字以内）'));
    expect(screen.queryByLabelText('集群供应链风险评估情况（200字以内）')).toBeNull();

    const item = screen.getByLabelText('建立共享车间、共享工厂');
    expect(screen.queryByLabelText('上传：建立共享车间、共享工厂')).toBeNull();
    fireEvent.click(item);
    expect(await screen.findByText('勾选项需上传至少一份佐证材料')).toBeTruthy();
    expect(screen.getByLabelText('上传：建立共享车间、共享工厂')).toBeTruthy();
  });
});
