import example from '../../../rules/examples/needs-review.json';
import { evaluate, type ApplicationForm, type EligibilityReport } from '@sme-cluster/rules';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../testing/fakeFetch';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { EvaluateButton, RulePanel } from './RulePanel';

const report: EligibilityReport = evaluate(example.form as ApplicationForm, { callYear: example.callYear, now: new Date('2026-03-01T08:00:00Z') });

describe('RulePanel', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('city_reviewer');
  });

  test('shows the verdict badge and every rule with its Chinese title, article, coloured outcome, labelled figures and threshold in words', () => {
    renderWithRecord(<RulePanel canEvaluate />, { record: { id: 'app1', report, reportAt: report.evaluatedAt, formUpdatedAt: '2026-02-01T00:00:00Z' } });

    expect(screen.getByTestId('verdict-badge').textContent).toBe('需人工复核');
    expect(screen.getByRole('button', { name: '评估' })).toBeTruthy();
    for (const rule of report.rules) {
      const row = screen.getByTestId(`rule-${rule.id}`);
      expect(within(row).getByText(rule.id)).toBeTruthy();
      expect(within(row).getByText(rule.article)).toBeTruthy();
      expect(within(row).getByText(rule.message.zh)).toBeTruthy();
    }
    const outputRow = screen.getByTestId('rule-output.min');
    expect(within(outputRow).getByText('集群近三年产值均在20亿元以上')).toBeTruthy();
    expect(within(outputRow).getByText('通过').closest('.MuiChip-root')?.classList).toContain('MuiChip-colorSuccess');
    expect(within(outputRow).getByText('集群总产值（亿元）')).toBeTruthy();
    expect(within(outputRow).getByText('2023年 33.12亿元、2024年 35.4亿元、2025年 38.14亿元')).toBeTruthy();
    expect(within(outputRow).getByText('不低于20亿元')).toBeTruthy();
    expect(within(outputRow).getByText('年度：2023年、2024年、2025年')).toBeTruthy();
    // Exclusive thresholds read as such; areas in 平方公里; the threshold's key is not shown.
    expect(within(screen.getByTestId('rule-rd.growth')).getByText('高于5%')).toBeTruthy();
    expect(within(screen.getByTestId('rule-area.max')).getByText('不超过100平方公里')).toBeTruthy();
    expect(within(outputRow).queryByText('outputMin')).toBeNull();

    const warned = report.rules.find((rule) => rule.outcome === 'warn')!;
    expect(
      within(screen.getByTestId(`rule-${warned.id}`))
        .getByText('需复核')
        .closest('.MuiChip-root')?.classList,
    ).toContain('MuiChip-colorWarning');
    expect(screen.queryByText('申报表在本次评估后有修改，推荐前请重新评估。')).toBeNull();
  });

  test('says so when the form changed after the report, and offers no button to those who may not evaluate', () => {
    renderWithRecord(<RulePanel canEvaluate={false} />, {
      record: { id: 'app1', report, reportAt: report.evaluatedAt, formUpdatedAt: '2026-03-02T00:00:00Z' },
    });
    expect(screen.getByText('申报表在本次评估后有修改，推荐前请重新评估。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '评估' })).toBeNull();
  });

  test('评估 posts to the evaluate endpoint once, and is pressed again after a refusal', async () => {
    const { fetchMock, requestAt } = fakeFetch({ status: 403, body: { error: { status: 403, message: 'Forbidden' } } });
    renderWithRecord(<EvaluateButton />, { record: { id: 'app1' } });
    const button = screen.getByRole('button', { name: '评估' }) as HTMLButtonElement;
    fireEvent.click(button);
    expect(button.disabled).toBe(true);
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, init } = requestAt(0);
    expect(url).toMatch(/\/api\/applications\/app1\/evaluate$/);
    expect(init.method).toBe('POST');
  });
});
