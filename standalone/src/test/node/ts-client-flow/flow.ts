// The whole API flow through the TypeScript client that openapi-generator (typescript-fetch) made from api/openapi.json,
// with no hand edits to it, as an app developer would use it. The test copies the generated client into ./client and
// compiles this file with it (tsc), so a document the client cannot follow fails at compile time or here.
// Prints one JSON line per step ({"step":"accepted",...}) and exits 0 after {"step":"done"}; on the first surprise it
// prints {"step":"failed","error":...} and exits 1.
// Usage: node dist/flow.js BASE_URL ADMIN_KEY IMAGE_FILE WEBHOOK_URL HELD_STYLE, where HELD_STYLE's provider holds every job
// until the test ends (so a job behind it stays queued) and WEBHOOK_URL answers every event with a 2xx.
import { readFileSync } from 'node:fs';
import {
  APIKeysApi,
  Configuration,
  ConfigurationApi,
  ErasureApi,
  GenerationApi,
  ImagesApi,
  JobsApi,
  Problem401FromJSON,
  Problem409FromJSON,
  Problem429FromJSON,
  ResponseError,
  StylesApi,
  UsageApi,
} from './client';

const [baseUrl, adminKey, imageFile, webhookUrl, heldStyle] = process.argv.slice(2);
const TIMEOUT_MS = 60_000;

const print = (line: object) => process.stdout.write(JSON.stringify(line) + '\n');
const config = (accessToken?: string) => new Configuration({ basePath: baseUrl, accessToken });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

/** The refusal a call ended with, as the client reports it: the response, its status and headers, and its body. */
async function refusal(call: () => Promise<unknown>): Promise<{ status: number; headers: Headers; body: unknown }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ResponseError) {
      return { status: error.response.status, headers: error.response.headers, body: await error.response.json() };
    }
    throw error;
  }
  throw new Error('the call succeeded; a refusal was expected');
}

/** JPEG, PNG or WebP, by the file's first bytes; null when it is none of them. */
function imageFormat(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Asks until {@code done} holds for what {@code read} answers, for up to TIMEOUT_MS. */
async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (let value = await read(); ; value = await read()) {
    if (done(value)) {
      return value;
    }
    check(Date.now() < deadline, `${what}: still ${JSON.stringify(value)} after ${TIMEOUT_MS} ms`);
    await sleep(200);
  }
}

/** The data of each `status` event of a server-sent-events body, in order. */
function statusEvents(body: string): { status: string }[] {
  return body.split(/\r?\n\r?\n/).filter((block) => /^event: ?status$/m.test(block)).map((block) =>
    JSON.parse(block.split(/\r?\n/).filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, '')).join('\n')));
}

async function main() {
  const image = 'data:image/jpeg;base64,' + readFileSync(imageFile).toString('base64');
  const admin = config(adminKey);

  // Admin: a key for this app, with the generate scope.
  const keys = new APIKeysApi(admin);
  const created = await keys.create({ createKeyRequest: { name: 'ts-client-flow', scopes: ['generate'] } });
  check(created.key && created.id && created.keyPrefix, `created key: ${JSON.stringify(created)}`);
  print({ step: 'key_created', id: created.id, key_prefix: created.keyPrefix, scopes: [...created.scopes] });
  const listed = await keys.list();
  const mine = listed.apiKeys.find((k) => k.id === created.id);
  check(mine && !mine.revokedAt, `the new key in the list: ${JSON.stringify(listed)}`);
  print({ step: 'keys_listed', count: listed.apiKeys.length, name: mine.name });

  // Public reads, then the configuration as an admin sees it.
  const styles = await new StylesApi(config()).styles();
  print({ step: 'styles', default_style: styles.defaultStyle, keys: styles.styles.map((s) => s.key) });
  const current = await new ConfigurationApi(admin).current();
  print({ step: 'config', version: current.version, sections: Object.keys(current.config).sort() });
  const history = await new ConfigurationApi(admin).history();
  check(history.currentVersion === current.version, `config history: ${JSON.stringify(history)}`);
  print({ step: 'config_history', current_version: history.currentVersion, versions: history.versions.length });
  const schema = await new ConfigurationApi(config()).schema();
  check(schema && typeof schema === 'object', `config schema: ${JSON.stringify(schema)}`);
  print({ step: 'config_schema', keys: Object.keys(schema).length });

  const app = config(created.key);
  const generation = new GenerationApi(app);
  const jobs = new JobsApi(app);
  const style = styles.styles.map((s) => s.key).find((k) => k !== styles.defaultStyle && k !== heldStyle)
    ?? styles.defaultStyle;

  // Asynchronous: 202, then poll the status until the job is done.
  const accepted = await generation.generate({
    generateAvatarRequest: { prompt: 'a friendly developer', image, styleConfig: style, quality: 'low', async: true },
  });
  check(accepted.status === 'accepted', `async answer: ${JSON.stringify(accepted)}`);
  print({ step: 'accepted', job_id: accepted.jobId, status_url: accepted.statusUrl,
    estimated_completion_seconds: accepted.estimatedCompletionSeconds });
  // The job's status stream, opened at once: the generated events() answers the stream's whole body (every
  // `event: status`) once the server ends it after the terminal status; it is not an incremental reader.
  const stream = jobs.events({ jobId: accepted.jobId });
  stream.catch(() => undefined); // awaited below; this only keeps an early failure from being an unhandled rejection
  const status = await until('the async job', () => jobs.status({ jobId: accepted.jobId }),
    (s) => s.status !== 'queued' && s.status !== 'processing');
  check(status.status === 'completed' && status.imageUrl, `the job ended: ${JSON.stringify(status)}`);
  print({ step: 'completed', avatar_id: status.avatarId, progress_percent: status.progressPercent,
    image_url: status.imageUrl, provider: status.provider });
  const streamed = statusEvents(await stream);
  print({ step: 'events', statuses: streamed.map((e) => e.status) });

  // The signed image URL, downloaded through the client's image operation (no credential: the URL is the capability).
  const url = new URL(status.imageUrl);
  const blob = await new ImagesApi(config()).image({
    id: url.pathname.split('/').pop()!,
    expires: Number(url.searchParams.get('expires')),
    signature: url.searchParams.get('signature')!,
  });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  print({ step: 'downloaded', bytes: bytes.length, format: imageFormat(bytes), content_type: blob.type });

  // Synchronous: 200 with the result, in the style asked for.
  const done = await generation.generate({
    generateAvatarRequest: { prompt: 'sketch me', image, styleConfig: style, quality: 'low' },
  });
  check(done.status === 'success', `sync answer: ${JSON.stringify(done)}`);
  print({ step: 'sync', avatar_id: done.avatarId, style_config: done.metadata.styleConfig,
    quality_used: done.qualityUsed, image_url: done.imageUrl, asked_style: style });

  const usage = await new UsageApi(app).usage();
  print({ step: 'usage', generations: usage.generations, succeeded: usage.succeeded });

  // A completed job cannot be canceled: the documented 409, read as the client reports it.
  const cancel = await refusal(() => jobs.cancel({ jobId: accepted.jobId }));
  print({ step: 'cancel_refused', status: cancel.status, code: Problem409FromJSON(cancel.body).code });

  // The job's webhook event: none (it was sent without webhook_url), so a redelivery is the documented 409.
  const deliveries = await jobs.deliveries({ jobId: accepted.jobId });
  print({ step: 'deliveries', job_id: deliveries.jobId, state: deliveries.state, attempts: deliveries.attempts.length });
  const redeliver = await refusal(() => jobs.redeliver({ jobId: accepted.jobId }));
  print({ step: 'redeliver_refused', status: redeliver.status, code: Problem409FromJSON(redeliver.body).code });

  // Over the key's rate limit (a few per minute in the test's configuration): 429 with Retry-After and a code.
  for (let attempt = 1; ; attempt++) {
    check(attempt <= 10, 'no 429 within 10 requests');
    try {
      await generation.generate({ generateAvatarRequest: { prompt: 'again', image, async: true } });
    } catch (error) {
      if (!(error instanceof ResponseError) || error.response.status !== 429) {
        throw error;
      }
      const problem = Problem429FromJSON(await error.response.json());
      print({ step: 'rate_limited', status: error.response.status, attempt, code: problem.code,
        retry_after: error.response.headers.get('Retry-After'),
        rate_limit_policy: error.response.headers.get('RateLimit-Policy') });
      break;
    }
  }

  // A queued job canceled, with its webhook. A second key (the first is at its rate limit) submits a job in the held
  // style, which takes the worker's only slot (max_concurrent_generations 1) until the test ends; a job behind it
  // stays queued, so its cancel is the 200 with the job canceled. Its avatar.canceled event reaches the receiver and
  // is then redelivered: 202, a second series of attempts, delivered too.
  const second = await keys.create({ createKeyRequest: { name: 'ts-client-flow-held', scopes: ['generate'] } });
  const secondGeneration = new GenerationApi(config(second.key));
  const secondJobs = new JobsApi(config(second.key));
  const blocker = await secondGeneration.generate({
    generateAvatarRequest: { prompt: 'hold the slot', image, styleConfig: heldStyle, quality: 'low', async: true },
  });
  check(blocker.status === 'accepted', `the held job's answer: ${JSON.stringify(blocker)}`);
  const held = await until('the held job', () => secondJobs.status({ jobId: blocker.jobId }),
    (s) => s.status !== 'queued');
  check(held.status === 'processing', `the held job: ${JSON.stringify(held)}`);
  print({ step: 'held', status: held.status });
  const waiting = await secondGeneration.generate({
    generateAvatarRequest: { prompt: 'never mind', image, quality: 'low', async: true, webhookUrl },
  });
  check(waiting.status === 'accepted', `the queued job's answer: ${JSON.stringify(waiting)}`);
  const queued = await secondJobs.status({ jobId: waiting.jobId });
  const canceled = await secondJobs.cancel({ jobId: waiting.jobId });
  print({ step: 'canceled', was: queued.status, status: canceled.status, avatar_id: canceled.avatarId,
    job_id: waiting.jobId });
  const delivered = await until('the canceled job\'s webhook', () => secondJobs.deliveries({ jobId: waiting.jobId }),
    (d) => d.state === 'delivered');
  print({ step: 'webhook_delivered', state: delivered.state, event_type: delivered.eventType,
    webhook_url: delivered.webhookUrl, series: delivered.series, attempts: delivered.attempts.length,
    http_status: delivered.attempts[0]?.httpStatus });
  const redelivery = await secondJobs.redeliverRaw({ jobId: waiting.jobId });
  const queuedAgain = await redelivery.value();
  const redelivered = await until('the redelivery', () => secondJobs.deliveries({ jobId: waiting.jobId }),
    (d) => d.series === queuedAgain.series && d.state === 'delivered');
  print({ step: 'redelivered', status: redelivery.raw.status, series: queuedAgain.series,
    webhook_id_kept: queuedAgain.webhookId === delivered.webhookId, state: redelivered.state,
    attempts: redelivered.attempts.length });

  // The canceled job in the owner's job list and in detail with its timeline, then retried as a new job (202).
  const page = await secondJobs.listJobs({ state: 'canceled' });
  const detail = await secondJobs.detail({ jobId: waiting.jobId });
  const retried = await secondJobs.retry({ jobId: waiting.jobId });
  const retriedDetail = await secondJobs.detail({ jobId: retried.jobId });
  print({ step: 'jobs_listed', job_ids: page.jobs.map((j) => j.jobId), statuses: page.jobs.map((j) => j.status) });
  print({ step: 'job_detail', status: detail.status.status, timeline: detail.timeline.map((t) => t.event) });
  print({ step: 'retried', status: retried.status, new_job: retried.jobId !== waiting.jobId,
    retry_of: retriedDetail.job.retryOf ?? null, original: waiting.jobId });

  // Admin: change the configuration, then roll back to the version read at the start.
  const configs = new ConfigurationApi(admin);
  const updated = await configs.update({ body: { service_config: { rate_limits: { per_key_per_minute: 4 } } } });
  print({ step: 'config_updated', status: updated.status, version: updated.version, from: current.version });
  const rolledBack = await configs.rollback({ version: current.version });
  const after = await configs.history();
  print({ step: 'config_rolled_back', status: rolledBack.status, version: rolledBack.version,
    current_version: after.currentVersion, action: after.versions[0]?.action });

  // Erasure: the owner erases the synchronous job's images; an admin erases a user's data (204 even with none).
  await new ErasureApi(app).eraseJob({ jobId: done.avatarId });
  const erased = await jobs.status({ jobId: done.avatarId });
  print({ step: 'job_erased', status: erased.status, image_url: erased.imageUrl ?? null,
    image_expired: erased.imageExpired });
  await new ErasureApi(admin).eraseUser({ userId: 'ts-client-flow-user' });
  print({ step: 'user_erased' });

  // Admin: a new webhook secret for the key (shown once; only its shape is printed).
  const rotated = await keys.rotateWebhookSecret({ id: created.id });
  print({ step: 'webhook_secret_rotated', same_key: rotated.id === created.id,
    whsec: rotated.webhookSecret.startsWith('whsec_') });

  // Admin: revoke the key; it is then refused.
  await keys.revoke({ id: created.id });
  const revoked = (await keys.list()).apiKeys.find((k) => k.id === created.id);
  print({ step: 'key_revoked', revoked_at: revoked?.revokedAt?.toISOString() ?? null });
  const refused = await refusal(() => jobs.status({ jobId: accepted.jobId }));
  print({ step: 'revoked_key_refused', status: refused.status, code: Problem401FromJSON(refused.body).code });

  print({ step: 'done' });
}

main().then(
  () => process.exit(0),
  (error) => {
    print({ step: 'failed', error: String(error?.stack ?? error) });
    process.exit(1);
  },
);
