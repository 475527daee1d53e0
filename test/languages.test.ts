import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOutgoing } from "#core/replies/guard.ts";
import { detectLanguageOf } from "#core/triage/classify.ts";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

// Twelve languages end to end on the local stack: a Facebook comment in each, through the signed webhook, the queue,
// triage and the acknowledgement, to the Graph API stub. Each language's sample messages are in test/languages/,
// written by native speakers (not by the classifier's authors). The reply must be in the customer's language (read
// back by the language detector, independently of the template id), signed, and pass the guard; a message with
// personal data goes to a private reply and nothing of it is repeated; praise is thanked and the case closed; a
// language without a pack is answered in the brand's default language.

const APP_SECRET = "languages-app-secret";
const SIGNATURE = "Maximiliane, Tidewell Care";
const LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"] as const;

interface Samples {
  language: string;
  complaint: string;
  question: string;
  praise: string;
  sensitive: string;
  sensitiveValues: string[];
}

const samples = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(new URL(`./languages/${language}.json`, import.meta.url), "utf8")) as Samples,
  ]),
) as Record<(typeof LANGUAGES)[number], Samples>;
const withoutPack = JSON.parse(readFileSync(new URL("./languages/without-pack.json", import.meta.url), "utf8")) as {
  language: string;
  text: string;
}[];

/** Authors with names of each language, so the greeting uses a real first name in its own script. */
const authors: Record<string, string> = {
  en: "Dana Whitlock",
  es: "Lucía Ortega",
  fr: "Élodie Marchand",
  de: "Jürgen Weiß",
  pt: "João Ribeiro",
  it: "Giulia Rossi",
  nl: "Sanne de Vries",
  ar: "ليلى حداد",
  id: "Siti Rahmawati",
  ja: "山田 花子",
  tr: "Ayşe Yılmaz",
  sw: "Amina Wanjiru",
};

const config = {
  brand: { name: "Tidewell Goods", signature: SIGNATURE, accounts: { facebook: PAGE_ID } },
  queues: [
    {
      id: "care",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [{ name: "Care on-call", pagerduty: { routingKey: "R1" } }],
    },
  ],
  defaultQueue: "care",
};

/** Digits only: a repeated phone or order number is found however it is formatted. */
const digits = (text: string) => text.replace(/\D/g, "");

describe("twelve languages on the local stack", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;
  const commentIds = new Map<string, string>();

  const caseOf = (externalId: string, has: "acknowledgedAt" | "closedAt" = "acknowledgedAt") =>
    eventually(async () => {
      const items = (await stack.api("/api/cases?limit=100")).body.items as { id: string; externalId: string }[];
      const found = items.find((c) => c.externalId === externalId) as Record<string, unknown> | undefined;
      if (!found?.[has]) return undefined;
      return (await stack.api(`/api/cases/${found.id}`)).body as Record<string, any>;
    });
  const repliesTo = (commentId: string) =>
    graph.requests.filter((r) => r.method === "POST" && r.path === `/v23.0/${commentId}/comments`);
  const privateRepliesTo = (commentId: string) =>
    graph.requests.filter((r) => r.path === "/v23.0/me/messages" && r.body?.recipient?.comment_id === commentId);

  beforeAll(async () => {
    graph = await startPlatformStub();
    graph.answerWith(() => ({ status: 200, body: { id: `reply_${graph.requests.length}` } }));
    stack = await startStack({
      config,
      env: { META_APP_SECRET: APP_SECRET, META_PAGE_ACCESS_TOKEN: "page-token", META_GRAPH_URL: `${graph.url}/v23.0` },
    });
    let n = 0;
    const post = async (key: string, text: string, name: string) => {
      n += 1;
      const commentId = `555_${9000 + n}`;
      commentIds.set(key, commentId);
      const response = await postMeta(
        stack.url,
        feedComment(commentId, text, { from: { id: `author_${n}`, name } }),
        APP_SECRET,
      );
      expect(response.status).toBe(200);
    };
    for (const language of LANGUAGES) {
      const sample = samples[language];
      await post(`${language}:complaint`, sample.complaint, authors[language] as string);
      await post(`${language}:sensitive`, sample.sensitive, authors[language] as string);
      await post(`${language}:praise`, sample.praise, authors[language] as string);
    }
    for (const { language, text } of withoutPack) await post(`${language}:without-pack`, text, "Alex Morgan");
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it(`acknowledges a complaint in ${language}, signed and passing the guard`, async () => {
        // Prepare
        const commentId = commentIds.get(`${language}:complaint`) as string;

        // Act
        const created = await caseOf(commentId);

        // Assess
        expect(created).toMatchObject({ kind: "complaint", language, replyLanguage: language, status: "acknowledged" });
        const [reply] = repliesTo(commentId);
        const text = String(reply?.body.message);
        expect(detectLanguageOf(text).language, text).toBe(language);
        expect(text.replace(/[\u2068\u2069]/g, "")).toMatch(new RegExp(`${SIGNATURE}$`));
        expect(checkOutgoing(text, { platform: "facebook", customerText: samples[language].complaint })).toEqual({
          ok: true,
          problems: [],
        });
        const acknowledged = created.history.find((h: { type: string }) => h.type === "acknowledged");
        expect(acknowledged.template).toMatch(new RegExp(`^default:${language}:acknowledge-complaint#\\d$`));
      });

      it(`moves a message with personal data in ${language} to a private reply, repeating none of it`, async () => {
        // Prepare
        const commentId = commentIds.get(`${language}:sensitive`) as string;

        // Act
        const created = await caseOf(commentId);

        // Assess
        expect(created).toMatchObject({ sensitive: true, replyLanguage: language, status: "acknowledged" });
        const replies = [...privateRepliesTo(commentId), ...repliesTo(commentId)];
        expect(replies).toHaveLength(2);
        const texts = [String(replies[0]?.body.message?.text), String(replies[1]?.body.message)];
        for (const text of texts) {
          expect(detectLanguageOf(text).language, text).toBe(language);
          for (const value of samples[language].sensitiveValues) {
            expect(digits(text), `${text} repeats ${value}`).not.toContain(digits(value));
          }
          expect(checkOutgoing(text, { platform: "facebook", customerText: samples[language].sensitive }).ok).toBe(
            true,
          );
        }
        const acknowledged = created.history.find((h: { type: string }) => h.type === "acknowledged");
        expect(acknowledged.template).toMatch(new RegExp(`^default:${language}:invite-private#\\d$`));
      });

      it(`thanks praise in ${language} and closes the case`, async () => {
        // Prepare
        const commentId = commentIds.get(`${language}:praise`) as string;

        // Act
        const closed = await caseOf(commentId, "closedAt");

        // Assess
        expect(closed).toMatchObject({ kind: "praise", replyLanguage: language, status: "closed" });
        const [reply] = repliesTo(commentId);
        const text = String(reply?.body.message);
        expect(detectLanguageOf(text).language, text).toBe(language);
        const acknowledged = closed.history.find((h: { type: string }) => h.type === "acknowledged");
        expect(acknowledged.template).toMatch(new RegExp(`^default:${language}:thank#\\d$`));
      });
    });
  }

  it("answers comments in languages without a pack in the default language, and says why in the history", async () => {
    for (const { language } of withoutPack) {
      // Prepare
      const commentId = commentIds.get(`${language}:without-pack`) as string;

      // Act
      const created = await caseOf(commentId);

      // Assess
      expect(created, language).toMatchObject({ language, replyLanguage: "en", status: "acknowledged" });
      const text = String(repliesTo(commentId)[0]?.body.message);
      expect(detectLanguageOf(text).language, text).toBe("en");
      expect(text).toMatch(new RegExp(`${SIGNATURE}$`));
      const classified = created.history.find((h: { type: string }) => h.type === "classified");
      expect(classified.languageNote, language).toMatch(/no reply wording for: replies in en/);
    }
  });
});
