// Follows one job's status stream with the eventsource package, as a browser's EventSource would, and prints one JSON
// line per thing that happens: {"event":"status","data":{...}} per status event, {"event":"error",...} when the
// connection fails, and {"event":"closed"} when the server ended the stream after the terminal status (EventSource
// reports that as an error and would reconnect; this client closes instead). Usage: node sse-client.mjs URL [TIMEOUT_MS]
import { EventSource } from 'eventsource';

const [url, timeoutMs = '60000'] = process.argv.slice(2);
const TERMINAL = new Set(['completed', 'failed', 'canceled']);
let terminal = false;

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const source = new EventSource(url);
const timer = setTimeout(() => {
  print({ event: 'timeout' });
  source.close();
  process.exit(2);
}, Number(timeoutMs));

source.addEventListener('status', (message) => {
  const data = JSON.parse(message.data);
  print({ event: 'status', data });
  terminal ||= TERMINAL.has(data.status);
});

source.addEventListener('error', (error) => {
  if (terminal) {
    print({ event: 'closed' });
    source.close();
    clearTimeout(timer);
    return;
  }
  print({ event: 'error', code: error.code ?? null, message: String(error.message ?? '') });
});
