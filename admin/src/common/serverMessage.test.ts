import { localizedServerMessage } from './serverMessage';

describe('localizedServerMessage', () => {
  test('shows the half of a bilingual message in the console language', () => {
    expect(localizedServerMessage('请先填写推荐意见 / Write the opinion first', 'zh-CN')).toBe('请先填写推荐意见');
    expect(localizedServerMessage('请先填写推荐意见 / Write the opinion first', 'en')).toBe('Write the opinion first');
  });

  test('splits a Chinese half that ends with a full-width bracket right before the slash', () => {
    const message = "本市（州）推荐名额已用完（上限 1 个）/ The city's quota of 1 is used up";
    expect(localizedServerMessage(message, 'zh-CN')).toBe('本市（州）推荐名额已用完（上限 1 个）');
    expect(localizedServerMessage(message, 'en')).toBe("The city's quota of 1 is used up");
  });

  test('keeps a message in one language as it is', () => {
    expect(localizedServerMessage('申报已截止', 'en')).toBe('申报已截止');
  });
});
