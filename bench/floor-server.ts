// The intake floors of `npm run bench`, each in its own process like the local stack: a bare node:http server that
// verifies a Meta delivery's HMAC over its raw bytes and parses its JSON (floor A) and, when FLOOR_QUEUE_URL is set,
// also puts the body on that queue (as JSON the emulator accepts, emoji escaped as the product does) of an SQS emulator with the SQS client before it answers (floor B): the least
// that answering a webhook durably costs on this machine. Prints `listening <port>`.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { encodeSqsBody } from "../packages/core/src/adapters/sqs-body.ts";

const secret = process.env.FLOOR_SECRET ?? "";
const queueUrl = process.env.FLOOR_QUEUE_URL;
const sqs = queueUrl
  ? new SQSClient({
      endpoint: process.env.FLOOR_SQS_ENDPOINT,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    })
  : undefined;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks);
    const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
    const presented = Buffer.from(String(request.headers["x-hub-signature-256"] ?? ""));
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      response.writeHead(401).end();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      response.writeHead(400).end();
      return;
    }
    try {
      if (sqs) await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: encodeSqsBody(parsed) }));
      response.writeHead(200, { "content-type": "application/json" }).end('{"received":1}');
    } catch (error) {
      if (process.env.FLOOR_DEBUG) console.error(error);
      response.writeHead(503).end();
    }
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
