import { afterEach, describe, expect, it } from "vitest";
import { OutboundError } from "../../http/post.ts";
import { type RecordingServer, startRecordingServer } from "./recording-server.ts";
import { sampleNotice } from "./sample-notice.ts";
import { SlackPager } from "./slack.ts";

const hookPath = "/services/T0A1B2C3D/B0E4F5G6H/s3cr3tT0k3nInThePath";

let server: RecordingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A pager pointed at a loopback Slack that answers like Slack does. */
const slackAnswering = async (status: number, body: string, headers: Record<string, string> = {}) => {
  server = await startRecordingServer((res) =>
    res.writeHead(status, { "content-type": "text/html", ...headers }).end(body),
  );
  return new SlackPager({ webhookUrl: `${server.origin}${hookPath}` });
};

describe("SlackPager", () => {
  it("posts an alert naming the queue, overdue count, oldest age, excerpt, link and responder", async () => {
    // Prepare
    const pager = await slackAnswering(200, "ok");
    const notice = sampleNotice();

    // Act
    await pager.send(notice);

    // Assess
    const request = server?.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(hookPath);
    expect(request?.headers["content-type"]).toBe("application/json");
    const { text, blocks } = JSON.parse(request?.body ?? "");
    expect(text).toBe(
      [
        ":rotating_light: *billing*: 3 cases overdue, the oldest waiting 12 min. Paging Billing on-call.",
        "> I was charged twice for order ****42 and nobody answers. Where is my refund?",
        `<${notice.oldestUrl}|Open the oldest case> · <${notice.consoleUrl}|Queue in the console>`,
      ].join("\n"),
    );
    expect(blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: text.split("\n")[0] } });
    expect(JSON.stringify(blocks)).toContain("case_7Q2");
  });

  it("follows up a resolve with a short note that the queue is answered", async () => {
    // Prepare
    const pager = await slackAnswering(200, "ok");

    // Act
    await pager.send(sampleNotice({ action: "resolve", overdueCount: 0 }));

    // Assess
    const { text, blocks } = JSON.parse(server?.requests[0]?.body ?? "");
    expect(text).toBe(
      ":white_check_mark: *billing* is answered: no case overdue. The page to Billing on-call is resolved.",
    );
    expect(blocks).toHaveLength(1);
  });

  it("escapes customer text so an excerpt cannot ping the channel or forge a link", async () => {
    // Prepare
    const pager = await slackAnswering(200, "ok");
    const notice = sampleNotice({
      oldestExcerpt: "<!channel> refund me & <https://evil.example|click>",
      oldestUrl: null,
    });

    // Act
    await pager.send(notice);

    // Assess
    const { text } = JSON.parse(server?.requests[0]?.body ?? "");
    expect(text).toContain("> &lt;!channel&gt; refund me &amp; &lt;https://evil.example|click&gt;");
    expect(text).not.toContain("<!channel>");
  });

  it("does not retry invalid_payload (400) or no_service (404), and never logs the webhook's secret path", async () => {
    // Prepare
    const invalid = await slackAnswering(400, "invalid_payload");

    // Act
    const first = (await invalid.send(sampleNotice()).catch((e: unknown) => e)) as OutboundError;
    await server?.close();
    const gone = await slackAnswering(404, "no_service");
    const second = (await gone.send(sampleNotice()).catch((e: unknown) => e)) as OutboundError;

    // Assess
    expect(first).toMatchObject({ retryable: false, status: 400 });
    expect(first.message).toContain("invalid_payload");
    expect(second).toMatchObject({ retryable: false, status: 404 });
    expect(second.message).toContain("no_service");
    expect(`${first.message} ${second.message}`).not.toContain("s3cr3t");
  });

  it("retries a 429 after the Retry-After Slack sends", async () => {
    // Prepare
    const pager = await slackAnswering(429, "rate_limited", { "retry-after": "30" });

    // Act
    const error = (await pager.send(sampleNotice()).catch((e: unknown) => e)) as OutboundError;

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 30_000, status: 429 });
  });
});
