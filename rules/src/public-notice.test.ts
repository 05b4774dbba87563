import { objectionContactText } from './public-notice';

describe('the objection contact of a public notice', () => {
  test('names every field the call notice gives, in Chinese, in order', () => {
    expect(
      objectionContactText({ contactName: '王明', contactPhone: '0851-85555555', contactEmail: 'zxqy@gzgxt.example.cn', contactAddress: '贵阳市观山湖区' }),
    ).toBe('异议联系人：王明；联系电话：0851-85555555；电子邮箱：zxqy@gzgxt.example.cn；通讯地址：贵阳市观山湖区');
  });

  test('leaves out blank fields and is null when none is given', () => {
    expect(objectionContactText({ contactName: '王明', contactPhone: ' ', contactEmail: null })).toBe('异议联系人：王明');
    expect(objectionContactText({ contactName: null, contactPhone: '' })).toBeNull();
    expect(objectionContactText(null)).toBeNull();
  });
});
