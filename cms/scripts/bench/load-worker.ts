import autocannon from 'autocannon';
import type { LoadOptions, LoadResult } from './load';

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as LoadOptions;
  const result = await autocannon({ url: options.url, headers: options.headers, connections: options.connections, duration: options.seconds });
  const answer: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    errors: result.errors + result.timeouts,
  };
  process.send!(answer, () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
