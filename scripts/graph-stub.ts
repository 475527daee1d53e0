// A loopback stand-in for everything the local stack calls outside, for trying it without a real Page or pager: the
// Graph API (replies), and the pages of the sample config (signed webhooks under /pages, Slack under /slack,
// PagerDuty's Events API under /pagerduty). It prints each call and answers as the real service does.
//
//   npm run graph-stub            # port 4010, or GRAPH_STUB_PORT
//   META_GRAPH_URL=http://127.0.0.1:4010/v23.0 PAGERDUTY_EVENTS_URL=http://127.0.0.1:4010/pagerduty npm start
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

const port = Number(process.env.GRAPH_STUB_PORT ?? 4010);

/** What the real service answers, by path. */
function answer(path: string): { status: number; type: string; body: string } {
  if (path.startsWith("/slack/")) return { status: 200, type: "text/plain", body: "ok" };
  if (path.startsWith("/pages/")) return { status: 204, type: "text/plain", body: "" };
  if (path.startsWith("/pagerduty")) {
    return {
      status: 202,
      type: "application/json",
      body: JSON.stringify({ status: "success", message: "Event processed" }),
    };
  }
  const id = path.endsWith("/messages") ? { message_id: `m_${randomUUID()}` } : { id: randomUUID() };
  return { status: 200, type: "application/json", body: JSON.stringify(id) };
}

createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    const path = request.url ?? "/";
    const what =
      path.startsWith("/slack/") || path.startsWith("/pages/") || path.startsWith("/pagerduty") ? "PAGE " : "";
    console.log(`${new Date().toISOString()} ${what}${request.method} ${path}\n  ${body}`);
    const { status, type, body: text } = answer(path);
    response.writeHead(status, { "content-type": type });
    response.end(text);
  });
}).listen(port, "127.0.0.1", () =>
  console.log(`Stub of the Graph API and the sample pagers on http://127.0.0.1:${port} (Graph: /v23.0)`),
);
