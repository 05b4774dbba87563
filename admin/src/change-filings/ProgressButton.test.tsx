import { screen } from '@testing-library/react';
import type { Role } from '@sme-cluster/rules';
import { renderWithRecord, signInAs } from '../testing/renderInAdmin';
import { ProgressButton } from './ProgressButton';

const buttonsFor = (role: Role, status: string) => {
  signInAs(role);
  renderWithRecord(<ProgressButton />, { record: { id: 'filing1', status }, resource: 'change-filings' });
  return screen.queryAllByRole('button').map((button) => button.textContent);
};

describe('ProgressButton', () => {
  beforeEach(() => localStorage.clear());

  test.each<[Role, string, string[]]>([
    ['city_reviewer', 'filed', ['转报省厅']],
    ['city_reviewer', 'forwarded', []],
    ['province_admin', 'filed', []],
    ['province_admin', 'forwarded', ['确认收悉']],
    ['province_admin', 'acknowledged', []],
    ['county_declarant', 'filed', []],
    ['expert', 'forwarded', []],
  ])('%s on a %s filing sees %j', (role, status, labels) => {
    expect(buttonsFor(role, status)).toEqual(labels);
  });
});
