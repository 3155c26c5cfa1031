// A webhook receiver for the tests: verifies every request with the official Standard Webhooks library and reports
// it as one JSON line on stdout. Configured through the environment:
//   SECRETS     space-separated whsec_ secrets; a request counts as verified only if every one of them verifies it
//               (during a key rotation the old and the new secret must both work)
//   FAIL_FIRST  answer 503 to this many requests before answering normally (default 0)
//   STATUS      the normal answer's status (default 200)
// The first line is {"listening": <port>}; each request adds
//   {"webhook_id", "timestamp", "signature", "verified": [true|false per secret], "error", "type", "body", "answered"}.
"use strict";

const http = require("http");
const { Webhook } = require("standardwebhooks");

const secrets = (process.env.SECRETS || "").split(" ").filter((s) => s.length > 0);
let failFirst = parseInt(process.env.FAIL_FIRST || "0", 10);
const normalStatus = parseInt(process.env.STATUS || "200", 10);

function report(line) {
  process.stdout.write(JSON.stringify(line) + "\n");
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const payload = Buffer.concat(chunks).toString("utf8");
    const verified = [];
    let error = null;
    let event = null;
    for (const secret of secrets) {
      try {
        // Throws unless one of the header's signatures matches and the timestamp is within five minutes.
        event = new Webhook(secret).verify(payload, req.headers);
        verified.push(true);
      } catch (e) {
        verified.push(false);
        error = String(e && e.message ? e.message : e);
      }
    }
    const answered = failFirst > 0 ? 503 : normalStatus;
    if (failFirst > 0) {
      failFirst--;
    }
    report({
      webhook_id: req.headers["webhook-id"] || null,
      timestamp: req.headers["webhook-timestamp"] || null,
      signature: req.headers["webhook-signature"] || null,
      verified,
      error,
      type: event ? event.type : null,
      body: payload,
      answered,
    });
    res.writeHead(answered, { "Content-Type": "text/plain" });
    res.end(answered >= 300 ? "not now" : "ok");
  });
});

server.listen(0, "127.0.0.1", () => {
  report({ listening: server.address().port });
});

process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
