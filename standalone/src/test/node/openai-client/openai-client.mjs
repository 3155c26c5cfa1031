// One call of the official openai SDK against the OpenAI-compatible endpoint, as an app written for OpenAI makes it
// after switching the base URL. Prints one JSON line: {"ok":true,"result":...} with what the SDK returned, or
// {"ok":false,"error":"<the SDK's error class>","status","code","type","param","retry_after"} when it raised.
// Usage: node openai-client.mjs BASE_URL API_KEY|- edit IMAGE_PATH MODEL [USER]
//        node openai-client.mjs BASE_URL API_KEY|- models
// An API key of "-" sends no Authorization header at all.
import fs from 'node:fs';
import OpenAI, { toFile } from 'openai';

const [baseURL, apiKey, operation, ...args] = process.argv.slice(2);
const client = new OpenAI({
  baseURL,
  apiKey: apiKey === '-' ? 'unused' : apiKey,
  // The SDK's header machinery removes a header set to null: the way to send no key at all.
  defaultHeaders: apiKey === '-' ? { Authorization: null } : {},
  // Retries would hide the first answer (a 429's Retry-After) from the test.
  maxRetries: 0,
  timeout: 60_000,
});

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

async function run() {
  switch (operation) {
    case 'edit': {
      const [imagePath, model, user] = args;
      const image = await toFile(fs.createReadStream(imagePath), 'portrait.jpg', { type: 'image/jpeg' });
      return client.images.edit({
        model, image, prompt: 'Friendly and confident', n: 1, quality: 'low', size: '1024x1024',
        output_format: 'png', ...(user ? { user } : {}),
      });
    }
    case 'models': {
      const ids = [];
      for await (const model of client.models.list()) {
        ids.push({ id: model.id, object: model.object, owned_by: model.owned_by, created: model.created });
      }
      return ids;
    }
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

try {
  print({ ok: true, result: await run() });
} catch (error) {
  print({
    ok: false,
    error: error.constructor.name,
    status: error.status ?? null,
    code: error.code ?? null,
    type: error.type ?? null,
    param: error.param ?? null,
    message: String(error.message ?? ''),
    retry_after: error.headers?.get?.('retry-after') ?? null,
  });
}
