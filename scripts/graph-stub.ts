// A loopback stand-in for the Graph API, for trying the local stack without a real Page: it prints every reply
// firstreply sends and answers like Graph does. Point the stack at it with META_GRAPH_URL=http://127.0.0.1:4010/v23.0
//
//   npm run graph-stub            # port 4010, or GRAPH_STUB_PORT
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

const port = Number(process.env.GRAPH_STUB_PORT ?? 4010);
createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    console.log(`${new Date().toISOString()} ${request.method} ${request.url}\n  ${body}`);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify(request.url?.endsWith("/messages") ? { message_id: `m_${randomUUID()}` } : { id: randomUUID() }),
    );
  });
}).listen(port, "127.0.0.1", () => console.log(`Graph API stub on http://127.0.0.1:${port}/v23.0`));
