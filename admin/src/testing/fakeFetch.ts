/** Replaces global fetch with canned JSON answers, recording each request. */
export function fakeFetch(...answers: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const queue = [...answers];
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => {
    const answer = queue.shift();
    if (!answer) throw new Error('unexpected request');
    return {
      status: answer.status,
      statusText: String(answer.status),
      headers: new Headers(answer.headers),
      text: async () => JSON.stringify(answer.body),
    };
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  const requestAt = (index: number) => {
    const [url, init] = fetchMock.mock.calls[index];
    return { url, init: init ?? {}, headers: new Headers(init?.headers) };
  };
  return { fetchMock, requestAt };
}
