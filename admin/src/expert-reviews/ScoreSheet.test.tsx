import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { scoreBands } from '@sme-cluster/rules';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { ScoreSheetForm } from './ScoreSheet';
import { withCriteria, type ScoreSheetRecord } from './scoreSheetModel';

// The call's scheme as the server sends it with each sheet; weights need not add up to 100.
const criteria = [
  { key: 'industry', name: '主导产业发展水平', weight: 3, maxScore: 100 },
  { key: 'innovation', name: '创新能力', weight: 2, maxScore: 50 },
];

const sheet = (overrides: Partial<ScoreSheetRecord>): Record<string, unknown> => ({
  ...withCriteria({
    id: 'r1',
    clusterName: '中小企业特色产业集群（仁怀市酱香白酒产业）',
    conflictOfInterest: 'undeclared',
    scores: [],
    submitted: false,
    criteria,
    ...overrides,
  }),
});

const submitButton = () => screen.getByRole('button', { name: '提交评分（提交后不可修改）' }) as HTMLButtonElement;

describe('ScoreSheetForm', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('expert');
  });

  test('the declaration comes first; declaring a conflict hides the scores and ends the sheet', async () => {
    renderWithRecord(<ScoreSheetForm />, { record: sheet({}), resource: 'expert-reviews' });
    expect(screen.queryByRole('table', { name: '评分表' })).toBeNull();

    fireEvent.click(screen.getByLabelText('无利益冲突'));
    expect(await screen.findByRole('table', { name: '评分表' })).toBeTruthy();

    fireEvent.click(screen.getByLabelText('存在利益冲突'));
    await waitFor(() => expect(screen.queryByRole('table', { name: '评分表' })).toBeNull());
    expect(screen.getByText('存在利益冲突，不参与该申报的评分。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评分（提交后不可修改）' })).toBeNull();
    expect(screen.getByRole('button', { name: '保存声明' })).toBeTruthy();
  });

  test('one row per criterion with its weight in percent, and a live weighted total from the weights', async () => {
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({ conflictOfInterest: 'none', scores: [{ criterionKey: 'industry', score: 80, comment: '产业基础扎实' }] }),
      resource: 'expert-reviews',
    });
    const industry = screen.getByTestId('criterion-industry');
    expect(within(industry).getByText('主导产业发展水平')).toBeTruthy();
    expect(within(industry).getByText('60%')).toBeTruthy();
    expect(within(screen.getByTestId('criterion-innovation')).getByText('40%')).toBeTruthy();
    expect(within(screen.getByTestId('criterion-innovation')).getByText('0–50分')).toBeTruthy();
    // 3 × 80/100 × 100 + 2 × 0 = 240 over a weight of 5.
    expect(screen.getByTestId('weighted-total').textContent).toBe('加权总分：48.00 / 100');

    fireEvent.change(screen.getByLabelText('创新能力 得分'), { target: { value: '25' } });
    // + 2 × 25/50 × 100 = 100 → 340 / 5.
    await waitFor(() => expect(screen.getByTestId('weighted-total').textContent).toBe('加权总分：68.00 / 100'));
  });

  test('each criterion lists what its bands mean, and marks the band of the score typed', async () => {
    const withBands = criteria.map((criterion) => ({ ...criterion, bands: scoreBands(criterion) }));
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({ conflictOfInterest: 'none', criteria: withBands, scores: [{ criterionKey: 'industry', score: 80, comment: '' }] }),
      resource: 'expert-reviews',
    });
    const industry = screen.getByRole('list', { name: '“主导产业发展水平”各档评分标准' });
    expect(
      within(industry)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.slice(0, 1)),
    ).toEqual(['优', '良', '中', '差']);
    expect(
      within(industry)
        .getByText(/^良（75–89.99分）：/)
        .getAttribute('aria-current'),
    ).toBe('true');
    const innovation = screen.getByRole('list', { name: '“创新能力”各档评分标准' });
    expect(innovation.querySelector('[aria-current]')).toBeNull();
    // The range is the criterion's own: 优 is 45–50 of 50.
    fireEvent.change(screen.getByLabelText('创新能力 得分'), { target: { value: '46' } });
    await waitFor(() =>
      expect(
        within(innovation)
          .getByText(/^优（45–50分）：/)
          .getAttribute('aria-current'),
      ).toBe('true'),
    );
  });

  test('submit stays disabled until every criterion is scored (with its comment)', async () => {
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({ conflictOfInterest: 'none', scores: [{ criterionKey: 'industry', score: 80, comment: '产业基础扎实' }] }),
      resource: 'expert-reviews',
    });
    expect(submitButton().disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('创新能力 得分'), { target: { value: '40' } });
    await waitFor(() => expect(screen.getByTestId('weighted-total').textContent).toBe('加权总分：80.00 / 100'));
    expect(submitButton().disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('创新能力 评语'), { target: { value: '研发投入持续增长' } });
    await waitFor(() => expect(submitButton().disabled).toBe(false));
  });

  test('a submitted sheet is read-only, with no buttons', () => {
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({
        conflictOfInterest: 'none',
        submitted: true,
        scores: [
          { criterionKey: 'industry', score: 80, comment: '好' },
          { criterionKey: 'innovation', score: 40, comment: '好' },
        ],
      }),
      resource: 'expert-reviews',
    });
    expect(screen.getByText('评分表已提交，不能再修改。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评分（提交后不可修改）' })).toBeNull();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect((screen.getByLabelText('创新能力 得分') as HTMLInputElement).readOnly).toBe(true);
  });

  test('scores are checked in Chinese as the server checks them (0..maximum, two decimals), and the cluster links to its application', async () => {
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({ applicationId: 'app9', conflictOfInterest: 'none', scores: [] }),
      resource: 'expert-reviews',
    });
    expect(screen.getByRole('link', { name: '中小企业特色产业集群（仁怀市酱香白酒产业）' }).getAttribute('href')).toMatch(/\/applications\/app9\/show$/);
    const innovation = screen.getByLabelText('创新能力 得分');
    fireEvent.change(innovation, { target: { value: '50.5' } });
    fireEvent.blur(innovation);
    expect(await screen.findByText('分值应在0到50之间')).toBeTruthy();
    fireEvent.change(innovation, { target: { value: '12.345' } });
    fireEvent.blur(innovation);
    expect(await screen.findByText('分值最多保留两位小数')).toBeTruthy();
    fireEvent.change(innovation, { target: { value: '12.35' } });
    await waitFor(() => expect(screen.queryByText('分值最多保留两位小数')).toBeNull());
  });
});

describe('ScoreSheetForm for the province', () => {
  test('reads a sheet without buttons to change it', () => {
    localStorage.clear();
    signInAs('province_admin');
    renderWithRecord(<ScoreSheetForm />, {
      record: sheet({ conflictOfInterest: 'none', scores: [{ criterionKey: 'industry', score: 80, comment: '好' }] }),
      resource: 'expert-reviews',
    });
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect((screen.getByLabelText('创新能力 得分') as HTMLInputElement).readOnly).toBe(true);
  });
});
