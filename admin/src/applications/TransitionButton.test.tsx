import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch } from '../testing/fakeFetch';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { WorkflowActions } from './TransitionButton';

const record = {
  id: 'app1',
  version: 7,
  clusterName: '中小企业特色产业集群（观山湖区电子信息产业）',
  status: 'city_review',
  allowedActions: ['return', 'reject', 'recommend'],
};

describe('WorkflowActions', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs('city_reviewer');
  });

  test('renders only the actions the server allows', () => {
    renderWithRecord(<WorkflowActions />, { record });
    const labels = screen.getAllByRole('button').map((button) => button.textContent);
    expect(labels).toEqual(['退回修改', '不予通过', '推荐']);
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
  });

  test('renders nothing when no action is allowed', () => {
    renderWithRecord(<WorkflowActions />, { record: { ...record, allowedActions: [] } });
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('returning needs a reason in the confirm dialog, then posts the action, the reason and the version', async () => {
    const { fetchMock, requestAt } = fakeFetch({ status: 200, body: { ...record, status: 'returned', allowedActions: [] } });
    renderWithRecord(<WorkflowActions />, { record });

    fireEvent.click(screen.getByRole('button', { name: '退回修改' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('确认对“中小企业特色产业集群（观山湖区电子信息产业）”执行“退回修改”？');
    const confirm = screen.getByRole('button', { name: '确认' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByRole('textbox', { name: /理由/ }), { target: { value: '请补充2025年研发经费增速的佐证材料' } });
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const { url, init } = requestAt(0);
    expect(url).toMatch(/\/api\/applications\/app1\/transitions$/);
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ action: 'return', comment: '请补充2025年研发经费增速的佐证材料', version: 7 });
  });

  test('recommending may be confirmed without a comment', async () => {
    renderWithRecord(<WorkflowActions />, { record });
    fireEvent.click(screen.getByRole('button', { name: '推荐' }));
    await screen.findByRole('dialog');
    expect((screen.getByRole('button', { name: '确认' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
